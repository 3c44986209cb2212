package vn.motcua.design.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.w3c.dom.Element;

import vn.motcua.organization.Role;

/**
 * A candidate group of the form {@code <unit>:<role>} (the unit usually an expression,
 * {@code ${handlingUnit}:specialist}) names one of motcua's roles: a misspelt role makes a group nobody is
 * in, and the task would wait unseen until its deadline. Groups without a role part (a literal group such
 * as {@code camunda-admin}) and roles written as expressions are not checked.
 */
final class CandidateGroupRule implements BpmnRule {

    private static final String ROLES = Arrays.stream(Role.values()).map(Role::code).collect(Collectors.joining(", "));

    @Override
    public List<LintProblem> check(BpmnFile file, LintContext context) {
        List<LintProblem> problems = new ArrayList<>();
        for (Element process : file.executableProcesses()) {
            for (Element task : BpmnFile.descendants(process, "userTask")) {
                String groups = BpmnFile.camunda(task, "candidateGroups");
                if (groups == null) {
                    continue;
                }
                for (String group : topLevel(groups, ',')) {
                    String role = roleOf(group.strip());
                    if (role != null && Role.find(role).isEmpty()) {
                        problems.add(file.problem(task, "Bước " + BpmnFile.label(task) + " giao cho nhóm '" + group.strip()
                                + "' với vai trò không tồn tại '" + role + "' (vai trò hợp lệ: " + ROLES + ")."));
                    }
                }
            }
        }
        return problems;
    }

    /** The literal text after the last ':' outside any ${…}/#{…}, or null when there is none. */
    static String roleOf(String group) {
        List<String> parts = topLevel(group, ':');
        if (parts.size() < 2) {
            return null;
        }
        String role = parts.get(parts.size() - 1).strip();
        return role.contains("${") || role.contains("#{") ? null : role;
    }

    /** Splits on the separator where it is not inside an expression. */
    private static List<String> topLevel(String value, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c == '$' || c == '#') && i + 1 < value.length() && value.charAt(i + 1) == '{') {
                depth++;
                i++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(value.substring(start));
        return parts;
    }
}
