package vn.cascade.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 8.90: creates Camunda's tables with Camunda's own create scripts (those the engine runs itself
 * with {@code schema-update: true}, from the camunda-engine jar), so that on an empty database only one node
 * creates the schema: Flyway holds its lock (a PostgreSQL advisory lock) while a migration runs, and a node that
 * waited for it finds 8.90 applied. The engine then only checks the schema ({@code camunda.bpm.database.
 * schema-update: false}) and is built after Flyway ({@link EngineAfterFlyway}). A database whose Camunda tables
 * already exist (created by the engine before this migration existed) is left as it is.
 *
 * <p>Before, every node's engine created the schema at start-up: two nodes started together on an empty
 * PostgreSQL both found no tables and the second failed on "relation act_ge_property already exists".
 */
@Component
public class CamundaSchema implements JavaMigration {

  private static final Logger LOG = LoggerFactory.getLogger(CamundaSchema.class);

  /** In the order the engine creates them (DbSqlSession.dbSchemaCreate). */
  static final List<String> COMPONENTS = List.of("engine", "history", "identity", "case.engine", "case.history",
      "decision.engine", "decision.history");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("8.90");
  }

  @Override
  public String getDescription() {
    return "camunda schema " + ProcessEngine.class.getPackage().getImplementationVersion();
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    if (tablePresent(connection, "ACT_GE_PROPERTY")) {
      LOG.info("Camunda's tables exist already; migration 8.90 leaves them as they are");
      return;
    }
    String database = databaseType(connection);
    try (Statement sql = connection.createStatement()) {
      for (String component : COMPONENTS) {
        for (String statement : statements(script(database, component))) {
          sql.execute(statement);
        }
      }
    }
    LOG.info("Camunda's tables created ({})", database);
  }

  static boolean tablePresent(Connection connection, String table) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
      try (ResultSet tables = meta.getTables(connection.getCatalog(), null, name, new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Camunda's name of the database (its scripts are named after it). */
  static String databaseType(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres")) {
      return "postgres";
    }
    if (product.contains("h2")) {
      return "h2";
    }
    throw new IllegalStateException("Cascade runs on PostgreSQL or H2, not on " + product);
  }

  static String script(String database, String component) throws IOException {
    String resource = "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + component + ".sql";
    try (InputStream in = ProcessEngine.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Camunda's create script " + resource + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The script's statements: comment lines dropped, split at the ';' ending a line (as the engine does). */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(trimmed, 0, trimmed.length() - 1);
        statements.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(trimmed).append('\n');
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }
}
