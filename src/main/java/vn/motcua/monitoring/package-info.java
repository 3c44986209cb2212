/**
 * What supervisors watch: the dashboard and statistics per unit, deadlines at risk and escalations, the
 * service index of Decision 766, open incidents, and the projection of dossier events they are read from.
 */
@ApplicationModule(displayName = "Monitoring")
package vn.motcua.monitoring;

import org.springframework.modulith.ApplicationModule;
