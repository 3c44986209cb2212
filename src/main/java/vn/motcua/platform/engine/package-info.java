/**
 * What the capabilities' engine adapters share: the names of the process variables only the platform
 * writes ({@link vn.motcua.platform.engine.ProcessVariables}), the order in which plugins add parse listeners,
 * the BPMN extension properties we read, and the refusal an engine listener raises for a bad request.
 */
@NamedInterface("engine")
package vn.motcua.platform.engine;

import org.springframework.modulith.NamedInterface;
