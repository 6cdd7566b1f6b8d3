package vn.cascade.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the history level {@link CascadeHistoryLevel cascade-full} known to the engine
 * ({@code camunda.bpm.history-level: cascade-full}), and moves a database that was created at {@code full} to it.
 *
 * <p>The engine stores the level's id in {@code ACT_GE_PROPERTY} and refuses to start when the configuration names
 * another one. {@code cascade-full} records a subset of {@code full}, so a database kept at {@code full} (every
 * Cascade database before this level) is switched once, before the engine checks; nothing else changes.
 */
@Component
public class HistoryLevelPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryLevelPlugin.class);

  private final List<RecordCopies> copies;

  public HistoryLevelPlugin(List<RecordCopies> copies) {
    this.copies = List.copyOf(copies);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryLevels());
    Map<String, Set<String>> byProcess = new HashMap<>();
    copies.forEach(c -> byProcess.computeIfAbsent(c.processKey(), k -> new HashSet<>()).addAll(c.variables()));
    levels.add(new CascadeHistoryLevel(byProcess));
    configuration.setCustomHistoryLevels(levels);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (CascadeHistoryLevel.NAME.equals(configuration.getHistory())) {
      fromFull(configuration.getDataSource(), configuration.getDatabaseTablePrefix());
    }
  }

  /** A database kept at {@code full} now keeps {@code cascade-full}; an empty database is left to the engine. */
  static void fromFull(DataSource dataSource, String prefix) {
    String table = (prefix == null ? "" : prefix) + "ACT_GE_PROPERTY";
    try (Connection connection = dataSource.getConnection()) {
      if (!exists(connection, table)) {
        return;
      }
      try (PreparedStatement update = connection.prepareStatement("update " + table
          + " set VALUE_ = ?, REV_ = REV_ + 1 where NAME_ = 'historyLevel' and VALUE_ = ?")) {
        update.setString(1, String.valueOf(CascadeHistoryLevel.ID));
        update.setString(2, String.valueOf(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
        if (update.executeUpdate() > 0) {
          LOG.info("History level of this database changed from 'full' to '{}' (no more ACT_HI_DETAIL rows)",
              CascadeHistoryLevel.NAME);
        }
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot set the history level '" + CascadeHistoryLevel.NAME + "': "
          + e.getMessage(), e);
    }
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    for (String name : new String[] {table, table.toLowerCase(java.util.Locale.ROOT)}) {
      try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
