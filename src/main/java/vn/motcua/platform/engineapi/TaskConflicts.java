package vn.motcua.platform.engineapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.rest.util.EngineUtil;

import static vn.motcua.platform.engineapi.EngineLookups.withoutAuthorization;

/**
 * What two officers working the same task at once get from Camunda's REST API (engine REST and the
 * Tasklist's engine API): the one who loses gets a 409 problem+json that says who was first, instead of
 * Camunda's 500 (already claimed, concurrent update) or 404 (already completed).
 */
final class TaskConflicts {

    static final MediaType PROBLEM_JSON = MediaType.valueOf("application/problem+json");

    private static final Pattern TASK_ACTION = Pattern.compile("(?:^|/)task/([^/]+)/(claim|complete|submit-form|resolve)/?$");

    private TaskConflicts() {
    }

    /** The task the request acts on, when it is a claim or a completion. */
    static Optional<String> actedTask(UriInfo uri) {
        if (uri == null) {
            return Optional.empty();
        }
        Matcher matcher = TASK_ACTION.matcher(uri.getPath());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    static boolean isClaim(UriInfo uri) {
        return uri != null && uri.getPath().replaceAll("/$", "").endsWith("/claim");
    }

    /** The answer for the claim or completion this request makes ({@link #conflict(String, boolean)}), if any. */
    static Optional<Response> ofRequest(UriInfo uri) {
        return actedTask(uri).flatMap(task -> conflict(task, isClaim(uri)));
    }

    /**
     * The 409 for a task that no longer runs, or for a claim of a task someone else holds; a 404 for a task
     * that never existed; empty when the engine's own answer stands.
     */
    static Optional<Response> conflict(String taskId, boolean claim) {
        TaskState state = state(taskId);
        if (state == null) {
            return Optional.of(problem(Response.Status.NOT_FOUND, "Không tìm thấy công việc " + taskId + "."));
        }
        if (state.finished() && !state.completed()) {
            return Optional.of(conflict("Công việc không còn: hồ sơ đã được rút, hủy hoặc chuyển hướng xử lý."));
        }
        if (state.finished()) {
            return Optional.of(conflict(state.by() == null ? "Công việc đã được hoàn thành."
                    : "Công việc đã được hoàn thành bởi " + state.by() + "."));
        }
        if (claim && state.by() != null) {
            return Optional.of(claimedBy(state.by()));
        }
        return Optional.empty();
    }

    /**
     * Whether the caller lost a race rather than lacking rights: the task is finished and was offered to
     * one of the caller's groups (or assigned to them). When another officer completes a task first, the
     * engine removes the task's grants, so the loser's request fails its authorization check before it
     * can find the task gone.
     */
    static boolean finishedTaskOfCaller(String taskId) {
        return Boolean.TRUE.equals(withoutAuthorization(EngineUtil.lookupProcessEngine(null), context -> {
            Authentication caller = context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
            if (caller == null || context.getTaskManager().findTaskById(taskId) != null
                    || context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId) == null) {
                return false;
            }
            List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
            return context.getProcessEngineConfiguration().getHistoryService().createHistoricIdentityLinkLogQuery()
                    .taskId(taskId).list().stream().anyMatch(link -> caller.getUserId().equals(link.getUserId())
                            || (link.getGroupId() != null && groups.contains(link.getGroupId())));
        }));
    }

    static Response claimedBy(String name) {
        return conflict("Công việc đã được " + name + " nhận trước.");
    }

    static Response conflict(String detail) {
        return problem(Response.Status.CONFLICT, detail);
    }

    static Response problem(Response.Status status, String detail) {
        return problem(status, detail, Map.of());
    }

    /** A problem+json answer of the engine's APIs, with properties of its own beside the standard ones. */
    static Response problem(Response.Status status, String detail, Map<String, Object> properties) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.getStatusCode());
        body.put("detail", detail);
        // "message" too: the Tasklist shows an error's message in its notification
        body.put("message", shownByTasklist(detail));
        body.putAll(properties);
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }

    /**
     * The text as the Tasklist's notification may show it. It renders some messages as HTML (a failed
     * completion) and escapes others itself (a failed claim), so HTML entities would show as "&amp;lt;" in
     * half of them: angle brackets, which alone can open markup in text, become the look-alike ‹ and ›. An
     * officer's name, a task's or a unit's name reaches the message this way, never as markup.
     */
    static String shownByTasklist(String text) {
        return text.replace('<', '\u2039').replace('>', '\u203A');
    }

    /** The officer's full name, as the task's assignee is shown. */
    static String nameOf(String userId) {
        return withoutAuthorization(EngineUtil.lookupProcessEngine(null), context -> displayName(context, userId));
    }

    /** The task as the engine has it now, read past the caller's authorizations (they may no longer see it). */
    private static TaskState state(String taskId) {
        return withoutAuthorization(EngineUtil.lookupProcessEngine(null), context -> {
            TaskEntity running = context.getTaskManager().findTaskById(taskId);
            if (running != null) {
                return new TaskState(false, false, running.getAssignee() == null ? null : displayName(context, running.getAssignee()));
            }
            HistoricTaskInstanceEntity history = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
            if (history != null) {
                // a task worked to its end, not one removed with its process (withdrawal, cancellation)
                boolean completed = TaskEntity.DELETE_REASON_COMPLETED.equals(history.getDeleteReason());
                return new TaskState(true, completed, history.getAssignee() == null ? null : displayName(context, history.getAssignee()));
            }
            return null;
        });
    }

    private static String displayName(CommandContext context, String userId) {
        User user = context.getReadOnlyIdentityProvider().findUserById(userId);
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? userId : name;
    }

    private record TaskState(boolean finished, boolean completed, String by) {
    }
}
