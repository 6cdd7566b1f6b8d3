package vn.cascade.common;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * An insert of one table's rows with plain JDBC, in the current transaction, returning the generated id. For rows a
 * fan-out writes for every unit (assignments, outbox mails): Hibernate's identity insert (persist events, the
 * session's bookkeeping) cost more than the insert itself. The statement is compiled on first use.
 */
public final class RowInsert {

  private final JdbcTemplate jdbc;
  private final String table;
  private final String[] columns;
  private volatile SimpleJdbcInsert insert;

  public RowInsert(JdbcTemplate jdbc, String table, String... columns) {
    this.jdbc = jdbc;
    this.table = table;
    this.columns = columns.clone();
  }

  /** Inserts the row (column name to value) and returns its generated {@code id}. */
  public long insert(Map<String, Object> row) {
    return compiled().executeAndReturnKey(row).longValue();
  }

  /** Inserts the rows in one JDBC batch (ids not returned); returns how many were written. */
  public int insertAll(java.util.List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    @SuppressWarnings("unchecked")
    Map<String, ?>[] batch = rows.toArray(new Map[0]);
    compiled().executeBatch(batch);
    return rows.size();
  }

  private SimpleJdbcInsert compiled() {
    SimpleJdbcInsert compiled = insert;
    if (compiled == null) {
      compiled = new SimpleJdbcInsert(jdbc).withTableName(table).usingGeneratedKeyColumns("id").usingColumns(columns);
      compiled.compile();
      insert = compiled;
    }
    return compiled;
  }
}
