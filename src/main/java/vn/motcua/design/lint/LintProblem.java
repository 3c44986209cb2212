package vn.motcua.design.lint;

/**
 * One problem the lint found in a deployment resource.
 *
 * @param resource  resource name as deployed ({@code processes/civil-status/birth-registration.bpmn})
 * @param line      line in the resource, 0 when unknown (cross-resource or JSON problems)
 * @param column    column in the resource, 0 when unknown
 * @param elementId the element the problem is about, or {@code null}
 * @param message   what is wrong, in Vietnamese, naming the element
 */
public record LintProblem(String resource, int line, int column, String elementId, String message) {

    /** The form the command-line lint prints: {@code file:line element message}. */
    @Override
    public String toString() {
        return resource + ":" + line + " " + (elementId == null ? "-" : elementId) + " " + message;
    }
}
