/**
 * What every capability stands on and nothing business-specific: RFC 7807 answers and input hygiene
 * ({@code web}), officers' and API clients' authentication ({@code security}), gapless legal numbering
 * ({@code numbering}), the engine plumbing the capabilities' engine adapters share ({@code engine}), the
 * guards on the engine's own REST API and Tasklist forms ({@code engineapi}), the history level, job-lock
 * release at shutdown and the job-acquisition health probe.
 *
 * <p>It is the bottom of the module graph: it depends on no other module. Where it needs what a
 * capability knows (an officer's standing, the reception centers of an officer) it declares an interface
 * ({@code security.AccountStanding}, {@code engineapi.ReceptionCenters}) that the organization implements.
 * Camunda engine internals ({@code org.camunda.bpm.engine.impl}) are used here, in {@code design}, and in
 * the engine adapters that {@code ModulesTest} lists, so that a move to an API-compatible fork of the
 * engine touches few, named places.
 */
@ApplicationModule(displayName = "Platform")
package vn.motcua.platform;

import org.springframework.modulith.ApplicationModule;
