/**
 * What a process designer's work goes through before it runs: deployment of {@code processes/} from the
 * classpath and from Camunda Modeler, the lint that refuses a model breaking our rules (with Vietnamese
 * messages), the generation of BPMN and forms from step tables, the allowlist of what model expressions
 * may reach, and the rollout of a new version to running dossiers (process instance migration).
 */
@ApplicationModule(displayName = "Process design")
package vn.motcua.design;

import org.springframework.modulith.ApplicationModule;
