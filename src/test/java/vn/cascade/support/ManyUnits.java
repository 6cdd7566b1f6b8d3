package vn.cascade.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many communes for a fan-out, written straight to the database (a province's 1,000 units through the API would
 * take minutes): each an active People's Committee under the province with its two Camunda groups and a leader
 * ({@code <code>.lanhdao}, mail {@code <code>.lanhdao@kontum.gov.vn}, no password) in the leaders' group. Codes
 * {@code xa-bench-00000} onward.
 */
public final class ManyUnits {

  private ManyUnits() {}

  /** Adds units {@code from} to {@code from + count - 1}; returns their codes. */
  public static List<String> add(JdbcTemplate jdbc, int from, int count) {
    List<String> codes = new ArrayList<>();
    List<Object[]> unitRows = new ArrayList<>();
    List<Object[]> groupRows = new ArrayList<>();
    List<Object[]> userRows = new ArrayList<>();
    List<Object[]> memberRows = new ArrayList<>();
    Timestamp now = Timestamp.from(Instant.now());
    for (int i = from; i < from + count; i++) {
      String code = String.format("xa-bench-%05d", i);
      String name = "UBND xã Bench " + i;
      codes.add(code);
      unitRows.add(new Object[] {code, name, "COMMUNE_PC", "ubnd-tinh", "UBND", "ACTIVE", code + "@kontum.gov.vn",
          now});
      groupRows.add(new Object[] {code + "-staff", "Chuyên viên - " + name, "UNIT"});
      groupRows.add(new Object[] {code + "-leaders", "Lãnh đạo - " + name, "UNIT"});
      userRows.add(new Object[] {code + ".lanhdao", "Chủ tịch", name, code + ".lanhdao@kontum.gov.vn"});
      memberRows.add(new Object[] {code + ".lanhdao", code + "-leaders"});
    }
    if (count <= 0) {
      return codes;
    }
    jdbc.batchUpdate("insert into unit (code, name, kind, parent_code, symbol, status, email, created_at) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?)", unitRows);
    jdbc.batchUpdate("insert into ACT_ID_GROUP (ID_, REV_, NAME_, TYPE_) values (?, 1, ?, ?)", groupRows);
    jdbc.batchUpdate("insert into ACT_ID_USER (ID_, REV_, FIRST_, LAST_, EMAIL_) values (?, 1, ?, ?, ?)", userRows);
    jdbc.batchUpdate("insert into ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) values (?, ?)", memberRows);
    return codes;
  }
}
