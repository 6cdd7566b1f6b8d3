package vn.cascade.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Chooses the database of a test run once per JVM, before any Spring context starts. By default the tests use
 * in-memory H2 (application-test.yml). With {@code -Ppostgres} (system property {@code cascade.test.database=
 * postgresql}) they use a fresh PostgreSQL database on 127.0.0.1:5432, and fail at once with a clear message when
 * no server is there, rather than pass without having run on PostgreSQL.
 */
public class TestDatabase implements LauncherSessionListener {

  static final String HOST = System.getProperty("cascade.test.postgres-host", "127.0.0.1:5432");

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!"postgresql".equals(System.getProperty("cascade.test.database"))) {
      return;
    }
    String name = System.getProperty("cascade.test.database-name", "cascade_test");
    try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", "postgres", "");
        Statement sql = admin.createStatement()) {
      for (String db : new String[] {name, name + "_restructuring", name + "_hostile", name + "_compliance"}) {
        sql.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        sql.execute("CREATE DATABASE " + db);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The postgres test profile needs PostgreSQL on " + HOST
          + " with trust authentication for user postgres (start it with: pg_ctlcluster --skip-systemctl-redirect "
          + "$(ls /etc/postgresql) main start). Cause: " + e.getMessage(), e);
    }
    System.setProperty("spring.datasource.url", "jdbc:postgresql://" + HOST + "/" + name);
    // tests that change the demo organisation (RestructuringIT) run on a database of their own
    System.setProperty("cascade.test.restructuring-url", "jdbc:postgresql://" + HOST + "/" + name + "_restructuring");
    // and so does the hostile-input suite (HostileInputIT), whose work must not show in the others' unit lists
    System.setProperty("cascade.test.hostile-url", "jdbc:postgresql://" + HOST + "/" + name + "_hostile");
    // and the compliance suite (ComplianceIT), whose period summary counts every assignment in its database
    System.setProperty("cascade.test.compliance-url", "jdbc:postgresql://" + HOST + "/" + name + "_compliance");
    System.setProperty("spring.datasource.username", "postgres");
    System.setProperty("spring.datasource.password", "");
    System.out.println("[cascade] tests run on PostgreSQL database " + name + " at " + HOST);
  }
}
