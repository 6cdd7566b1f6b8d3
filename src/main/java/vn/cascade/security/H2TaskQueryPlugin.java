package vn.cascade.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.stereotype.Component;

/**
 * Tasklist's unit filters on H2 at scale: the engine's task query by candidate groups, with a predicate H2 can plan
 * from (see {@code vn/cascade/security/h2-task-query.xml}).
 *
 * <p>The engine left-joins the identity links and then demands a candidate link of the user's groups in the WHERE
 * clause. PostgreSQL turns that join into an inner one and starts from the groups' links; H2 cannot reorder an
 * outer join, so it read every open task, with its authorizations, for each page and again for the count (seconds
 * per page at a province's scale; docs/benchmarks.md). The added {@code RES.ID_ IN (candidate links of these groups)} says the same thing
 * in a form H2 starts from. The statements are the engine's own fragments, included, not copied; they replace the
 * engine's two task-query statements only on H2, through the engine's per-database statement mapping.
 */
@Component
public class H2TaskQueryPlugin extends AbstractProcessEnginePlugin {

  static final String MAPPER = "vn/cascade/security/h2-task-query.xml";
  static final String NAMESPACE = "vn.cascade.security.H2TaskQuery";
  /** The engine's statements; ours are named after them with the suffix "H2". */
  static final String[] STATEMENTS = {"selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria"};

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    if (!DbSqlSessionFactory.H2.equals(configuration.getDatabaseType()) || sessions == null) {
      return;
    }
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    // a shared MyBatis configuration (several engines in one JVM) gets the statements once
    if (!mybatis.hasStatement(NAMESPACE + "." + STATEMENTS[0] + "H2", false)) {
      try (InputStream xml = H2TaskQueryPlugin.class.getClassLoader().getResourceAsStream(MAPPER)) {
        if (xml == null) {
          throw new ProcessEngineException("Missing " + MAPPER);
        }
        new XMLMapperBuilder(xml, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
      } catch (IOException e) {
        throw new ProcessEngineException("Cannot read " + MAPPER, e);
      }
    }
    Map<String, String> mappings = sessions.getStatementMappings() == null ? new HashMap<>()
        : new HashMap<>(sessions.getStatementMappings());
    for (String statement : STATEMENTS) {
      mappings.put(statement, NAMESPACE + "." + statement + "H2");
    }
    sessions.setStatementMappings(mappings);
  }
}
