package vn.motcua.design.lint;

import java.util.Set;

/**
 * What the rules may know beyond the BPMN file itself.
 *
 * @param processKeys  executable process ids of the deployment being checked
 * @param decisionKeys decision ids of its DMN resources
 * @param formKeys     top-level ids of its Camunda Forms
 * @param resourceNames every resource name of the deployment
 * @param deployed     what the engine already holds, for references not bound to the deployment
 * @param limits       the legal time limits of the catalog's procedures
 */
public record LintContext(Set<String> processKeys, Set<String> decisionKeys, Set<String> formKeys,
                          Set<String> resourceNames, DeployedDefinitions deployed, ProcedureLimits limits) {
}
