package vn.cascade.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Nodes starting together on one PostgreSQL database start one after the other: from the engine's build (its
 * admin user, its deployment) until the start-up data is written (role and unit groups, Tasklist filters, the first
 * administrator, the demo data: the {@code ApplicationReadyEvent} listeners ordered before this one) a node holds a
 * PostgreSQL session advisory lock, and a second node waits for it. Each of those steps checks what exists and
 * creates what is missing; run by two nodes at once, both would find a group missing and the second would fail on
 * the duplicate key. Only the start-up is serialised: once ready, nodes run side by side. On H2 (one node) nothing
 * is locked.
 *
 * <p>The lock lives with its connection: a node killed while starting frees it, and one that fails to start
 * releases it when its context closes.
 */
@Component
public class StartupLock extends AbstractProcessEnginePlugin implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);
  /** The advisory lock's key: "Cascade" in ASCII. */
  static final long KEY = 0x43617363616465L;

  private final DataSource dataSource;
  private Connection held;

  StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  synchronized void acquire() {
    if (held != null) {
      return;
    }
    try {
      Connection connection = dataSource.getConnection();
      if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
        connection.close();
        return;
      }
      connection.setAutoCommit(true);
      long start = System.nanoTime();
      try (Statement sql = connection.createStatement()) {
        sql.execute("select pg_advisory_lock(" + KEY + ")");
      }
      held = connection;
      long waited = (System.nanoTime() - start) / 1_000_000;
      LOG.info("Start-up lock taken{}", waited > 100 ? " after waiting " + waited + " ms for another node" : "");
    } catch (SQLException e) {
      throw new ProcessEngineException("Cannot take the start-up lock: " + e.getMessage(), e);
    }
  }

  /** After every other start-up listener: the start-up data is written, the next node may start. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  public void started() {
    release();
  }

  @Override
  public void destroy() {
    release();
  }

  synchronized void release() {
    if (held == null) {
      return;
    }
    try (Connection connection = held; Statement sql = connection.createStatement()) {
      sql.execute("select pg_advisory_unlock(" + KEY + ")");
      LOG.info("Start-up lock released");
    } catch (SQLException e) {
      LOG.warn("Releasing the start-up lock failed ({}); it goes with its connection", e.getMessage());
    } finally {
      held = null;
    }
  }
}
