package vn.motcua.platform.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: makes {@link DossierHistoryLevel} available to {@code camunda.bpm.history-level}, and
 * lets a database move between level {@code full} and it in either direction. The engine refuses to
 * start when the configured level differs from the one stored in its database; between these two
 * levels only the recording of variable updates differs, so the stored level simply follows the
 * configuration (the history already written stays as it is).
 */
@Component
class DossierHistoryLevelPlugin extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(DossierHistoryLevelPlugin.class);
    private static final Set<Integer> INTERCHANGEABLE = Set.of(HistoryLevel.HISTORY_LEVEL_FULL.getId(),
            DossierHistoryLevel.ID);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryLevels());
        levels.add(new DossierHistoryLevel());
        configuration.setCustomHistoryLevels(levels);
    }

    /** Runs before the engine's schema check, which compares the configured and stored levels. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        int configured = configuration.getHistoryLevel().getId();
        if (!INTERCHANGEABLE.contains(configured)) {
            return;
        }
        int other = configured == DossierHistoryLevel.ID ? HistoryLevel.HISTORY_LEVEL_FULL.getId() : DossierHistoryLevel.ID;
        String table = configuration.getDatabaseTablePrefix() + "ACT_GE_PROPERTY";
        try (Connection connection = configuration.getDataSource().getConnection()) {
            if (!exists(connection, table)) {
                return; // a new database: the engine creates its tables with the configured level
            }
            try (PreparedStatement update = connection.prepareStatement("update " + table
                    + " set VALUE_ = ?, REV_ = REV_ + 1 where NAME_ = 'historyLevel' and VALUE_ = ?")) {
                update.setString(1, String.valueOf(configured));
                update.setString(2, String.valueOf(other));
                if (update.executeUpdate() > 0) {
                    if (!connection.getAutoCommit()) {
                        connection.commit();
                    }
                    LOG.info("History level of the database changed from {} to {}", other,
                            configuration.getHistoryLevel());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read or change the database's history level", e);
        }
    }

    /** PostgreSQL folds unquoted names to lower case, H2 to upper case. */
    private static boolean exists(Connection connection, String table) throws SQLException {
        for (String name : List.of(table.toLowerCase(), table.toUpperCase())) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, name, new String[]{"TABLE"})) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
