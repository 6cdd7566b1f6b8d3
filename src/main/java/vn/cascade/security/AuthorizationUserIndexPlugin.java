package vn.cascade.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * An index on {@code ACT_RU_AUTHORIZATION (USER_ID_)}, created once the engine has its tables.
 *
 * <p>Every authorized query joins the authorizations of the user or of the user's groups:
 * {@code TYPE_ < 2 AND (USER_ID_ IN (user, '*') OR GROUP_ID_ IN (groups))}. Camunda indexes the group id alone, but the
 * user id only behind {@code TYPE_} in its unique key, where a range on {@code TYPE_} cannot use it. With a task
 * grant per unit and task (hundreds of thousands of rows in a province) and fresh statistics, PostgreSQL then read the
 * whole table for each Tasklist query; with this index it combines the two indexes (the task-query benchmark's
 * figures are in docs/benchmarks.md).
 */
@Component
public class AuthorizationUserIndexPlugin extends AbstractProcessEnginePlugin {

  static final String INDEX = "CASCADE_IDX_AUTH_USER";

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration = ((ProcessEngineImpl) processEngine).getProcessEngineConfiguration();
    String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("CREATE INDEX IF NOT EXISTS " + INDEX + " ON " + prefix + "ACT_RU_AUTHORIZATION (USER_ID_)");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot create index " + INDEX + ": " + e.getMessage(), e);
    }
  }
}
