package vn.motcua.platform.history;

import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The history a dossier keeps: everything of Camunda's level {@code full} (activities, tasks, variables
 * as they end up, decisions that routed the dossier, candidate groups, incidents, job log, and the user
 * operation log the audit trail copies) except one detail row per variable update. Those rows were half
 * of all history rows (about 50 per dossier, forms setting the same fields step after step) and nothing
 * reads them: the dossier's own status log and control sheet record who did what and when.
 *
 * <p>Selected with {@code camunda.bpm.history-level: dossier}; {@link DossierHistoryLevelPlugin}
 * registers it and moves a database created at level {@code full} over to it.
 */
public final class DossierHistoryLevel extends AbstractHistoryLevel {

    /** The name to configure. */
    public static final String NAME = "dossier";

    /** The id stored in {@code ACT_GE_PROPERTY}; Camunda's own levels use 0 to 3. */
    public static final int ID = 30;

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL;
    }
}
