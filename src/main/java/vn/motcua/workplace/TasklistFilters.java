package vn.motcua.workplace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters every officer sees: online submissions waiting to be received, the work
 * of their unit(s), what is due within a day, and what is overdue, each sorted by due date, with the
 * dossier code, applicant, appointment and receiving unit as columns. A filter's query is evaluated for the user who
 * opens it ({@code currentUserGroups()}), so one filter serves every unit; the engine's task
 * authorizations still hide other units' tasks. Created or updated idempotently at start-up.
 */
@Component
class TasklistFilters implements ApplicationRunner {

    static final String TO_RECEIVE = "Hồ sơ chờ tiếp nhận";
    static final String UNIT_TASKS = "Việc của đơn vị tôi";
    static final String DUE_SOON = "Sắp đến hạn";
    static final String OVERDUE = "Quá hạn";

    private static final String MY_GROUPS = "${currentUserGroups()}";
    /** The online check before receipt: the step every procedure's online submission waits in. */
    private static final String ONLINE_CHECK = "Task_CheckOnline";
    private static final List<Map<String, String>> COLUMNS = List.of(
            Map.of("name", "dossierCode", "label", "Mã hồ sơ"),
            Map.of("name", "applicantName", "label", "Người yêu cầu"),
            Map.of("name", "appointmentAt", "label", "Ngày hẹn trả"),
            Map.of("name", "receivingUnit", "label", "Nơi tiếp nhận"));

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        save(TO_RECEIVE, -20, "#2da44e", "Hồ sơ nộp trực tuyến chờ kiểm tra để tiếp nhận",
                unitTasks().taskDefinitionKey(ONLINE_CHECK));
        save(UNIT_TASKS, -10, "#1f6feb", "Hồ sơ đang chờ đơn vị của tôi xử lý",
                unitTasks());
        save(DUE_SOON, -5, "#d29922", "Hồ sơ đến hạn trong vòng một ngày",
                unitTasks().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(1).toDate()}"));
        save(OVERDUE, 0, "#cf222e", "Hồ sơ đã quá hạn xử lý",
                unitTasks().dueBeforeExpression("${now()}"));
    }

    private TaskQuery unitTasks() {
        return tasks.createTaskQuery()
                .taskCandidateGroupInExpression(MY_GROUPS)
                .includeAssignedTasks()
                .orderByDueDate().asc();
    }

    private void save(String name, int priority, String color, String description, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name);
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("color", color);
        properties.put("description", description);
        properties.put("refresh", true);
        properties.put("variables", COLUMNS);
        filter.setQuery(query);
        filter.setProperties(properties);
        filters.saveFilter(filter);
        grantReadToEveryone(filter.getId());
    }

    private void grantReadToEveryone(String filterId) {
        boolean granted = authorizations.createAuthorizationQuery()
                .resourceType(Resources.FILTER).resourceId(filterId).userIdIn(Authorization.ANY).count() > 0;
        if (!granted) {
            Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            read.setResource(Resources.FILTER);
            read.setResourceId(filterId);
            read.addPermission(Permissions.READ);
            authorizations.saveAuthorization(read);
        }
    }
}
