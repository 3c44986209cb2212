package vn.motcua.platform.engineapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.springframework.web.context.support.WebApplicationContextUtils;

import vn.motcua.platform.engine.ProcessVariables;
import vn.motcua.platform.engineapi.SubmittedForms.FormFields;
import vn.motcua.platform.engineapi.SubmittedForms.RunningTask;

/**
 * Keeps the platform's process variables the platform's on both engine REST APIs ({@code /engine-rest} and
 * the webapps' {@code /camunda/api/engine}): a request that would set, change or delete one of
 * {@link ProcessVariables#PLATFORM_OWNED} is refused with 400 before it reaches the engine, and one of
 * {@link ProcessVariables#FORM_INPUTS} only passes as an editable field of the Camunda Form it submits (the
 * process definition's start form, or the form of the task it completes). A read-only field the Tasklist
 * sends back with its value unchanged is dropped from the request rather than written again.
 * <p>
 * Every variable-carrying field of a JSON body is looked at, at any depth (variables, localVariables,
 * modifications, deletions, processVariables*, instructions' variables), so new endpoints that follow
 * Camunda's naming are covered too; writes addressed by path ({@code …/variables/{name}}) are checked by name.
 * Our own code writes through the engine's Java API and is not affected.
 */
@PreMatching // before content negotiation, which would answer a variable's data upload with 415 first
@Priority(Priorities.AUTHORIZATION)
public class PlatformVariablesFilter implements ContainerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Context
    ServletContext servletContext;

    /** Fields whose object value maps variable names to values. */
    private static final Set<String> VARIABLE_MAPS = Set.of("variables", "localVariables", "modifications",
            "processVariables", "processVariablesLocal", "processVariablesToTriggeredScope");

    private static final Pattern ENGINE_PREFIX = Pattern.compile("^/?(?:engine/([^/]+)/)?");
    private static final Pattern NAMED_VARIABLE = Pattern.compile(
            "^[a-z-]+/[^/]+/(?:variables|localVariables)/([^/]+)(?:/data)?/?$");
    private static final Pattern START = Pattern.compile(
            "^process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(?:start|submit-form)/?$");
    private static final Pattern TASK_FORM = Pattern.compile("^task/([^/]+)/(?:complete|submit-form|resolve)/?$");

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String method = request.getMethod();
        if (!"POST".equals(method) && !"PUT".equals(method) && !"DELETE".equals(method) && !"PATCH".equals(method)) {
            return;
        }
        Matcher prefix = ENGINE_PREFIX.matcher(request.getUriInfo().getPath(true));
        prefix.find();
        String engineName = prefix.group(1);
        String path = request.getUriInfo().getPath(true).substring(prefix.end());

        Matcher named = NAMED_VARIABLE.matcher(path);
        if (named.matches() && isProtected(named.group(1))) {
            request.abortWith(refusal(named.group(1)));
            return;
        }
        if (!request.hasEntity() || !isJson(request.getMediaType())) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return; // the engine answers a malformed body itself
        }
        if (tree == null || !tree.isContainerNode()) {
            return;
        }
        Submission submission = new Submission(path, engineName, () -> WebApplicationContextUtils
                .getRequiredWebApplicationContext(servletContext).getBean(ProvinceCommunes.class));
        Optional<String> refused = submission.check(tree);
        if (refused.isPresent()) {
            request.abortWith(submission.invalidChoice ? invalidChoice(refused.get()) : refusal(refused.get()));
        } else if (submission.dropped) {
            request.setEntityStream(new ByteArrayInputStream(JSON.writeValueAsBytes(tree)));
        }
    }

    private static boolean isProtected(String name) {
        return ProcessVariables.PLATFORM_OWNED.contains(name) || ProcessVariables.FORM_INPUTS.contains(name);
    }

    private static boolean isJson(MediaType type) {
        return type == null || type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }

    static Response refusal(String variable) {
        String detail = ProcessVariables.PLATFORM_OWNED.contains(variable)
                ? "Biến \"" + variable + "\" do hệ thống quản lý: không ai được ghi, sửa hay xóa biến này qua API của engine."
                : "Biến \"" + variable + "\" chỉ được ghi qua một ô được phép sửa của biểu mẫu đang gửi (biểu mẫu "
                        + "bắt đầu của quy trình hoặc biểu mẫu của chính công việc).";
        return TaskConflicts.problem(Response.Status.BAD_REQUEST, detail, Map.of("variable", variable));
    }

    static Response invalidChoice(String variable) {
        return TaskConflicts.problem(Response.Status.BAD_REQUEST, "Giá trị của \"" + variable
                + "\" không thuộc các lựa chọn của biểu mẫu.", Map.of("variable", variable));
    }

    /** One request body: the form it submits, if any, and what it would write. */
    private static final class Submission {

        private final String path;
        private final String engineName;
        private boolean dropped;
        /** The refused variable is a form input whose value is none of its field's choices. */
        private boolean invalidChoice;

        /** Read only when a submitted form has a commune field. */
        private final Supplier<ProvinceCommunes> communes;

        private Submission(String path, String engineName, Supplier<ProvinceCommunes> communes) {
            this.path = path;
            this.engineName = engineName;
            this.communes = communes;
        }

        Optional<String> check(JsonNode tree) {
            Matcher task = TASK_FORM.matcher(path);
            if (task.matches() && SubmittedForms.task(engine(), task.group(1)).isEmpty()) {
                return Optional.empty(); // a task that no longer runs: nothing is written, the engine says why
            }
            if (tree instanceof ObjectNode root && root.get("variables") instanceof ObjectNode submitted) {
                Optional<Form> form = form();
                if (form.isPresent()) {
                    Optional<String> refused = checkForm(submitted, form.get());
                    if (refused.isPresent()) {
                        return refused;
                    }
                    return walkExcept(root, "variables");
                }
            }
            return walk(tree);
        }

        /** The form whose fields the top-level variables are, when the request submits one that exists. */
        private Optional<Form> form() {
            Matcher start = START.matcher(path);
            if (start.matches()) {
                return SubmittedForms.startForm(engine(), start.group(3), start.group(1), start.group(2))
                        .map(fields -> new Form(fields, name -> null));
            }
            Matcher task = TASK_FORM.matcher(path);
            if (task.matches()) {
                return SubmittedForms.task(engine(), task.group(1))
                        .map((RunningTask running) -> new Form(running.form(), running.variable()));
            }
            return Optional.empty();
        }

        private ProcessEngine engine() {
            return EngineUtil.lookupProcessEngine(engineName);
        }

        private Optional<String> checkForm(ObjectNode submitted, Form form) {
            List<String> unchanged = new ArrayList<>();
            for (Iterator<String> names = submitted.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!isProtected(name)) {
                    continue;
                }
                if (ProcessVariables.FORM_INPUTS.contains(name) && form.fields().isEditable(name)) {
                    JsonNode value = submitted.get(name).path("value");
                    if (value.isTextual() && !form.fields().allows(name, value.asText(), communes.get())) {
                        invalidChoice = true;
                        return Optional.of(name);
                    }
                    continue;
                }
                if (form.fields().shows(name) && sameValue(form.current().apply(name), submitted.get(name))) {
                    unchanged.add(name);
                    continue;
                }
                return Optional.of(name);
            }
            if (!unchanged.isEmpty()) {
                submitted.remove(unchanged);
                dropped = true;
            }
            return Optional.empty();
        }

        private Optional<String> walkExcept(ObjectNode root, String skipped) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals(skipped)) {
                    Optional<String> refused = visit(field.getKey(), field.getValue());
                    if (refused.isPresent()) {
                        return refused;
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<String> walk(JsonNode node) {
            if (node instanceof ObjectNode object) {
                return walkExcept(object, null);
            }
            if (node instanceof ArrayNode array) {
                for (JsonNode element : array) {
                    Optional<String> refused = walk(element);
                    if (refused.isPresent()) {
                        return refused;
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<String> visit(String field, JsonNode value) {
            if (VARIABLE_MAPS.contains(field) && value instanceof ObjectNode variables) {
                // a map of variable names to values: its values are the variables' content, not more requests
                for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (isProtected(name)) {
                        return Optional.of(name);
                    }
                }
                return Optional.empty();
            }
            if ("deletions".equals(field) && value instanceof ArrayNode names) {
                for (JsonNode name : names) {
                    if (name.isTextual() && isProtected(name.asText())) {
                        return Optional.of(name.asText());
                    }
                }
                return Optional.empty();
            }
            return walk(value);
        }
    }

    /** A submitted form's fields and the current value of each (none for a start form). */
    private record Form(FormFields fields, Function<String, Object> current) {
    }

    /** Whether a submitted value ({@code {"value": …}}) is the variable's current value. */
    static boolean sameValue(Object current, JsonNode submitted) {
        JsonNode value = submitted == null ? null : submitted.get("value");
        if (value == null || value.isNull()) {
            return current == null;
        }
        if (current instanceof Number number && value.isNumber()) {
            return new BigDecimal(number.toString()).compareTo(value.decimalValue()) == 0;
        }
        if (current instanceof Boolean flag && value.isBoolean()) {
            return flag == value.booleanValue();
        }
        return current instanceof String text && value.isTextual()
                && (text.equals(value.asText()) || sameMinute(text, value.asText()));
    }

    /** A date-time field shown read-only comes back re-serialised by form-js ("…T10:30Z" for "…T10:30:00Z"). */
    private static boolean sameMinute(String current, String submitted) {
        try {
            return OffsetDateTime.parse(current).toInstant().truncatedTo(ChronoUnit.MINUTES)
                    .equals(OffsetDateTime.parse(submitted).toInstant().truncatedTo(ChronoUnit.MINUTES));
        } catch (DateTimeParseException notDates) {
            return false;
        }
    }
}
