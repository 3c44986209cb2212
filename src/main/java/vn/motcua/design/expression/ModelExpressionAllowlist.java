package vn.motcua.design.expression;

import java.beans.Introspector;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What an expression of a process model may call: on {@code execution} and {@code task} (the engine's variable
 * scopes) only the variable accessors and plain identifiers listed here; on data (strings, numbers, booleans,
 * dates, maps and lists of them) any public method but the reflective ones; on anything else nothing. The
 * engine enforces it at run time ({@link AllowlistBeanElResolver}) and the deployment lint reads the same list
 * to refuse a model before it runs.
 */
public final class ModelExpressionAllowlist {

    /** The names under which the engine hands its variable scopes to expressions. */
    public static final Set<String> SCOPE_NAMES = Set.of("execution", "task");

    /** Methods of a variable scope that models may call: the shipped and generated processes use the first five. */
    public static final Set<String> SCOPE_METHODS = Set.of(
            "getVariable", "hasVariable", "getVariableLocal", "hasVariableLocal", "setVariableLocal",
            "setVariable", "hasVariables", "hasVariablesLocal", "getVariables", "getVariablesLocal",
            "getVariableNames", "getVariableNamesLocal",
            "getProcessBusinessKey", "getBusinessKey", "getId", "getName", "getProcessInstanceId",
            "getProcessDefinitionId", "getActivityInstanceId", "getCurrentActivityId", "getCurrentActivityName",
            "getEventName", "getTenantId", "getTaskDefinitionKey", "getExecutionId", "getAssignee", "getOwner",
            "getPriority", "getDueDate", "getFollowUpDate", "getCreateTime", "getDescription");

    /** The same getters read as properties ({@code execution.processBusinessKey}). */
    public static final Set<String> SCOPE_PROPERTIES = SCOPE_METHODS.stream()
            .filter(method -> method.startsWith("get") && !method.equals("getVariable") && !method.equals("getVariableLocal"))
            .map(method -> Introspector.decapitalize(method.substring(3)))
            .collect(Collectors.toUnmodifiableSet());

    /** Members of {@link Object} that lead to classes, class loaders and threads rather than data. */
    public static final Set<String> REFLECTIVE_MEMBERS = Set.of("class", "getClass", "wait", "notify", "notifyAll");

    /**
     * Names of engine services and Spring components an expression must never reach, refused by the lint even
     * where the application's own bean names are not at hand (the command-line lint).
     */
    public static final Set<String> PLATFORM_NAMES = Set.of("processEngine", "processEngineConfiguration",
            "processEngineServices", "identityService", "runtimeService", "repositoryService", "taskService",
            "managementService", "authorizationService", "historyService", "formService", "filterService",
            "externalTaskService", "caseService", "decisionService", "environment", "applicationContext",
            "systemProperties", "systemEnvironment");

    private static final Set<String> JODA_VALUES = Set.of("org.joda.time.ReadableInstant", "org.joda.time.ReadablePartial",
            "org.joda.time.ReadableDuration", "org.joda.time.ReadablePeriod");

    private ModelExpressionAllowlist() {
    }

    /** Whether a model may use the member (property or method name) on the first object after {@code execution} or {@code task}. */
    public static boolean allowedOnScope(String member) {
        return SCOPE_METHODS.contains(member) || SCOPE_PROPERTIES.contains(member);
    }

    /** Whether a model may use the member on data (a variable's value, a literal, what a function returns). */
    public static boolean allowedOnValue(String member) {
        return !REFLECTIVE_MEMBERS.contains(member);
    }

    /** Whether the object is a variable scope of the engine, on which only {@link #allowedOnScope} members are allowed. */
    static boolean isScope(Object base) {
        return base instanceof VariableScope;
    }

    /** Whether the object is data: models may call its non-reflective methods. */
    static boolean isValue(Object base) {
        return VALUE_TYPES.get(base.getClass());
    }

    private static final ClassValue<Boolean> VALUE_TYPES = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return String.class == type || Number.class.isAssignableFrom(type) || Boolean.class == type
                    || Character.class == type || Date.class.isAssignableFrom(type)
                    || TemporalAccessor.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type)
                    || Map.class.isAssignableFrom(type) || Map.Entry.class.isAssignableFrom(type)
                    || Collection.class.isAssignableFrom(type) || isJodaValue(type);
        }
    };

    /** The date values of Camunda's {@code dateTime()} function (Tasklist filters: {@code ${dateTime().plusDays(1).toDate()}}). */
    private static boolean isJodaValue(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> face : c.getInterfaces()) {
                if (JODA_VALUES.contains(face.getName()) || isJodaValue(face)) {
                    return true;
                }
            }
        }
        return false;
    }
}
