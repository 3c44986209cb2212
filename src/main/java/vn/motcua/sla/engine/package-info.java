/**
 * How the SLA clock attaches to the engine: the step allotments designers write on user tasks
 * ({@link vn.motcua.sla.engine.SlaDiagramProperties}), the parse listener that turns them into due dates, the
 * working-time business calendar for timers.
 */
@NamedInterface("engine")
package vn.motcua.sla.engine;

import org.springframework.modulith.NamedInterface;
