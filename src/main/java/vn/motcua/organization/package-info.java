/**
 * Units, officers, roles and the Camunda groups and authorizations derived from them: who receives and
 * handles which dossiers, the units a supervisor oversees ({@code SupervisorScopes}), officers' standing
 * (locks, removed roles) for the platform's security chain, and the Tasklist filters and role functions
 * each role sees ({@code tasklist}).
 */
@ApplicationModule(displayName = "Organization")
package vn.motcua.organization;

import org.springframework.modulith.ApplicationModule;
