/**
 * A dossier from reception to returned result: registration (from the API, the portal, a citizen or the
 * Tasklist start form), its code, status and history of steps, the officer's dossier page, the control
 * sheet (form 6), the public lookup, and the engine adapter that keeps the dossier and its process
 * instance in step.
 */
@ApplicationModule(displayName = "Dossiers")
package vn.motcua.dossier;

import org.springframework.modulith.ApplicationModule;
