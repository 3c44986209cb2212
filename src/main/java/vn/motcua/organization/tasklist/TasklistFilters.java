package vn.motcua.organization.tasklist;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.organization.GroupIds;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Role;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitsSaved;

/**
 * The Tasklist filters of each role: the counter sees online submissions waiting to be received and
 * its own counter work, specialists the dossiers their unit is handling, leaders what waits for their
 * signature, and all three what is due within a day and what is overdue; each sorted by due date with
 * the dossier code, applicant, appointment, receiving unit and procedure as columns (the card shows
 * the first two; Tasklist also names the procedure under each task).
 *
 * <p>A filter's query is evaluated for the officer who opens it ({@code currentUserGroups()} or
 * {@code currentUserGroupsWithRole(..)}), so one filter serves every unit; the engine's task
 * authorizations still hide other units' tasks. A filter is readable by the groups of its roles in
 * every unit: granted at start-up and whenever a unit is saved. Filters are created or updated by name.
 */
@Component
class TasklistFilters implements ApplicationRunner {

    static final String TO_RECEIVE = "Hồ sơ chờ tiếp nhận";
    static final String COUNTER_WORK = "Việc tại bộ phận một cửa";
    static final String UNIT_HANDLING = "Hồ sơ đang xử lý của đơn vị";
    static final String TO_APPROVE = "Hồ sơ chờ lãnh đạo duyệt";
    static final String DUE_SOON = "Sắp đến hạn";
    static final String OVERDUE = "Quá hạn";
    /** Names used by earlier versions, removed at start-up. */
    private static final List<String> RETIRED = List.of("Việc của đơn vị tôi");

    /** The online check before reception: the step every procedure's online submission waits in. */
    private static final String ONLINE_CHECK = "Task_CheckOnline";
    private static final String MY_GROUPS = "${currentUserGroups()}";
    private static final List<Role> TASK_ROLES = List.of(Role.RECEPTION, Role.SPECIALIST, Role.LEADER);
    private static final List<Map<String, String>> COLUMNS = List.of(
            Map.of("name", "dossierCode", "label", "Mã hồ sơ"),
            Map.of("name", "applicantName", "label", "Người yêu cầu"),
            Map.of("name", "appointmentText", "label", "Ngày hẹn trả"),
            Map.of("name", "receivingUnitName", "label", "Nơi tiếp nhận"),
            Map.of("name", "procedureName", "label", "Thủ tục"));

    private record Definition(String name, int priority, String color, String description, List<Role> roles,
                              Supplier<TaskQuery> query) {
    }

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final OrganizationService organization;
    private final List<Definition> definitions;

    TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations,
                    OrganizationService organization) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.organization = organization;
        this.definitions = List.of(
                new Definition(TO_RECEIVE, -30, "#2da44e", "Hồ sơ nộp trực tuyến chờ kiểm tra để tiếp nhận",
                        List.of(Role.RECEPTION), () -> tasksOf(Role.RECEPTION).taskDefinitionKey(ONLINE_CHECK)),
                new Definition(COUNTER_WORK, -25, "#1f6feb",
                        "Kiểm tra, tiếp nhận, bổ sung, thu phí và trả kết quả tại bộ phận một cửa",
                        List.of(Role.RECEPTION), () -> tasksOf(Role.RECEPTION)),
                new Definition(UNIT_HANDLING, -20, "#1f6feb", "Hồ sơ đang chờ chuyên viên của đơn vị xử lý",
                        List.of(Role.SPECIALIST), () -> tasksOf(Role.SPECIALIST)),
                new Definition(TO_APPROVE, -15, "#8250df", "Hồ sơ chờ lãnh đạo đơn vị phê duyệt, ký",
                        List.of(Role.LEADER), () -> tasksOf(Role.LEADER)),
                new Definition(DUE_SOON, -5, "#d29922", "Hồ sơ đến hạn trong vòng một ngày", TASK_ROLES,
                        () -> myTasks().dueAfterExpression("${now()}")
                                .dueBeforeExpression("${dateTime().plusDays(1).toDate()}")),
                new Definition(OVERDUE, 0, "#cf222e", "Hồ sơ đã quá hạn xử lý", TASK_ROLES,
                        () -> myTasks().dueBeforeExpression("${now()}")));
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String retired : RETIRED) {
            Filter filter = filters.createFilterQuery().filterName(retired).singleResult();
            if (filter != null) {
                filters.deleteFilter(filter.getId());
            }
        }
        Set<String> granted = grantedFilterReads();
        for (Definition definition : definitions) {
            String filterId = save(definition);
            for (Unit unit : organization.units()) {
                grantRead(filterId, definition, unit.code(), granted);
            }
        }
    }

    /** Units saved after start-up get every filter of their roles. */
    @EventListener
    void on(UnitsSaved saved) {
        Set<String> granted = grantedFilterReads();
        for (Definition definition : definitions) {
            Filter filter = filters.createFilterQuery().filterName(definition.name()).singleResult();
            if (filter != null) { // at first start-up the filters come after the units
                saved.unitCodes().forEach(unitCode -> grantRead(filter.getId(), definition, unitCode, granted));
            }
        }
    }

    private TaskQuery tasksOf(Role role) {
        return byDueDate(tasks.createTaskQuery()
                .taskCandidateGroupInExpression("${" + RoleGroupFunctions.CURRENT_USER_GROUPS_WITH_ROLE + "('" + role.code() + "')}"));
    }

    private TaskQuery myTasks() {
        return byDueDate(tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS));
    }

    private static TaskQuery byDueDate(TaskQuery query) {
        return query.includeAssignedTasks().orderByDueDate().asc();
    }

    private String save(Definition definition) {
        Filter filter = filters.createFilterQuery().filterName(definition.name()).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(definition.name());
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", definition.priority());
        properties.put("color", definition.color());
        properties.put("description", definition.description());
        properties.put("refresh", true);
        properties.put("variables", COLUMNS);
        filter.setQuery(definition.query().get());
        filter.setProperties(properties);
        filters.saveFilter(filter);
        revokeReadForEveryone(filter.getId());
        return filter.getId();
    }

    /** Earlier versions let every user read every filter; now each role reads its own. */
    private void revokeReadForEveryone(String filterId) {
        authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId)
                .userIdIn(Authorization.ANY).list()
                .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    }

    /** Filter id and group id of every READ grant on a filter, read in one query. */
    private Set<String> grantedFilterReads() {
        Set<String> granted = new HashSet<>();
        for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).list()) {
            if (grant.getGroupId() != null) {
                granted.add(grant.getResourceId() + "|" + grant.getGroupId());
            }
        }
        return granted;
    }

    private void grantRead(String filterId, Definition definition, String unitCode, Set<String> granted) {
        for (Role role : definition.roles()) {
            String groupId = GroupIds.of(unitCode, role);
            if (granted.add(filterId + "|" + groupId)) {
                Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                read.setGroupId(groupId);
                read.setResource(Resources.FILTER);
                read.setResourceId(filterId);
                read.addPermission(Permissions.READ);
                authorizations.saveAuthorization(read);
            }
        }
    }
}
