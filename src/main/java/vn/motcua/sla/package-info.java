/**
 * The legal clock of every dossier and step: time limits counted in working time ({@code calendar}),
 * pauses while the applicant supplements, due dates of user tasks and working-time timers attached through
 * the engine ({@code engine}), and whether each step and dossier was early, on time or late.
 */
@ApplicationModule(displayName = "Deadlines (SLA)")
package vn.motcua.sla;

import org.springframework.modulith.ApplicationModule;
