package vn.cascade.bench;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.security.AccessPolicy;
import vn.cascade.security.TasklistFilters;
import vn.cascade.support.Api;

/**
 * Task queries at scale: 200,000 open tasks (100 dispatches to 2,000 communes each, one "Tiếp nhận, phân công
 * chuyên viên" task per unit and dispatch, a third of them overdue) and the 200,000 assignments behind them. Then
 * the Tasklist queries of a unit leader (my unit's tasks, overdue), with authorization checks on, and the dashboard
 * endpoints over HTTP: median and 95th percentile latency (of up to 100 calls; a slow query, of as many as fit in a
 * minute, at least 10).
 *
 * <p>The rows are bulk-inserted with batched JDBC, as copies of what the engine wrote for one real instance of a
 * one-task process (its execution, task, candidate-group identity link and the task authorization the engine adds
 * for the candidate group); history rows are not copied (Tasklist reads only runtime tables).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TaskQueryBenchmark {

  static final int UNITS = 2_000;
  static final int DISPATCHES = Integer.getInteger("cascade.bench.query-dispatches", 100);
  static final int RUNS = 100;
  static final int WARM_UP = 15;
  static final String TEMPLATE = "bench-task";
  static final String TEMPLATE_GROUP = "template-leaders";
  static final String UNIT_USER = "bench.lanhdao";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    Bench.freshDatabase(registry, "queries");
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired AccessPolicy accessPolicy;

  static long openTasks;
  static long dashboardDispatchId;

  static String unit(int u) {
    return String.format("xa-bench-%05d", u);
  }

  @Test
  @Order(1)
  void twoHundredThousandOpenTasks() {
    long start = System.nanoTime();
    insertUnits();
    List<Long> dispatchIds = insertDispatches();
    dashboardDispatchId = dispatchIds.get(0);
    Template template = template();
    LocalDate today = LocalDate.now();
    for (int d = 0; d < DISPATCHES; d++) {
      // a third of the dispatches are overdue
      LocalDate due = d % 3 == 0 ? today.minusDays(3 + d % 7) : today.plusDays(5 + d % 20);
      List<Object[]> assignments = new ArrayList<>();
      List<Map<String, Object>> overrides = new ArrayList<>();
      for (int u = 0; u < UNITS; u++) {
        String pid = "bench-pi-" + d + "-" + u;
        assignments.add(new Object[] {dispatchIds.get(d), unit(u), Date.valueOf(due), "RECEIVED", pid,
            Timestamp.from(Instant.now())});
        Map<String, Object> o = new HashMap<>();
        o.put("prefix", "b" + d + "-" + u + "-");
        o.put("pid", pid);
        o.put("GROUP_ID_", unit(u) + "-leaders");
        o.put("DUE_DATE_", Timestamp.from(due.atTime(23, 59, 59).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
            .toInstant()));
        overrides.add(o);
      }
      jdbc.batchUpdate("insert into assignment (dispatch_id, unit_code, due_date, state, process_instance_id, "
          + "created_at) values (?, ?, ?, ?, ?, ?)", assignments);
      template.copy(jdbc, overrides);
    }
    openTasks = taskService.createTaskQuery().count();
    System.out.println("[bench] " + openTasks + " open tasks inserted in " + Bench.seconds(start) + " s");
    user();
    settle();
  }

  /**
   * After the bulk load, as after months of use: the database's statistics are up to date (PostgreSQL's autovacuum
   * would analyze the tables within a minute; H2 analyzes only as rows change) and H2 has written the load to its
   * file, so the first measured calls do not share the machine with that.
   */
  void settle() {
    long start = System.nanoTime();
    jdbc.execute("ANALYZE");
    if (!Bench.onPostgres()) {
      jdbc.execute("CHECKPOINT SYNC");
    }
    System.out.println("[bench] statistics and checkpoint after the load: " + Bench.seconds(start) + " s");
  }

  @Test
  @Order(2)
  void tasklistQueriesOfAUnitLeader() {
    List<String> groups = identityService.createGroupQuery().groupMember(UNIT_USER).list().stream()
        .map(g -> g.getId()).toList();
    identityService.setAuthentication(UNIT_USER, groups);
    try {
      record("unit tasks (engine, first page + count)", () -> {
        var query = taskService.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks();
        return query.orderByDueDate().asc().listPage(0, 15).size() + query.count();
      });
      record("overdue tasks (engine, first page + count)", () -> {
        var query = taskService.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks()
            .dueBefore(new java.util.Date());
        return query.orderByDueDate().asc().listPage(0, 15).size() + query.count();
      });
    } finally {
      identityService.clearAuthentication();
    }
    for (String name : List.of(TasklistFilters.UNIT, TasklistFilters.OVERDUE)) {
      String filterId = filterService.createFilterQuery().filterName(name).singleResult().getId();
      Api api = Api.as(port, UNIT_USER);
      record("Tasklist filter \"" + name + "\" (REST /filter/{id}/list + count)", () -> {
        Api.Response list = api.postJson("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
            "{}");
        Api.Response count = api.postJson("/engine-rest/filter/" + filterId + "/count", "{}");
        check(list);
        check(count);
        return list.body().length() + count.body().length();
      });
    }
  }

  @Test
  @Order(3)
  void dashboardEndpoints() {
    Api unitUser = Api.as(port, UNIT_USER);
    record("GET /api/assignments (unit leader, " + DISPATCHES + " assignments)", () ->
        check(unitUser.get("/api/assignments")).body().length());
    Api coordinator = Api.as(port, "stc.theodoi");
    record("GET /api/dispatches/{id} (coordinator, " + UNITS + " assignments)", () ->
        check(coordinator.get("/api/dispatches/" + dashboardDispatchId)).body().length());
  }

  /** Cockpit's "Tình hình thực hiện nhiệm vụ": the directive list, one directive's tree, the period summary. */
  @Test
  @Order(4)
  void complianceDashboard() {
    Api coordinator = Api.as(port, "stc.theodoi");
    long incomingId = jdbc.queryForObject("select incoming_id from dispatch where id = ?", Long.class,
        dashboardDispatchId);
    record("GET /api/compliance/directives (coordinator, " + DISPATCHES + " directives x " + UNITS + " units)",
        () -> check(coordinator.get("/api/compliance/directives")).body().length());
    record("GET /api/compliance/directives/{id} (coordinator, tree of " + UNITS + " units)", () ->
        check(coordinator.get("/api/compliance/directives/" + incomingId)).body().length());
    record("GET /api/compliance/summary (coordinator, " + DISPATCHES * UNITS + " assignments)", () ->
        check(coordinator.get("/api/compliance/summary")).body().length());
    Api unitUser = Api.as(port, UNIT_USER);
    record("GET /api/compliance/directives (unit leader)", () ->
        check(unitUser.get("/api/compliance/directives")).body().length());
  }

  static Api.Response check(Api.Response response) {
    if (response.status() != 200) {
      throw new AssertionError(response.status() + ": " + response.body());
    }
    return response;
  }

  void record(String query, Supplier<Object> run) {
    // a slow query gets fewer calls: warm-up for at most 15 calls or 10 s, then at most RUNS calls or 60 s (10 at least)
    long warmUpEnd = System.nanoTime() + 10_000_000_000L;
    for (int i = 0; i < WARM_UP && System.nanoTime() < warmUpEnd; i++) {
      run.get();
    }
    List<Double> millis = new ArrayList<>();
    long end = System.nanoTime() + 60_000_000_000L;
    while (millis.size() < RUNS && (millis.size() < 10 || System.nanoTime() < end)) {
      // someone else's work changes the task table between two calls, as it does in production: H2 would otherwise
      // hand back the previous result of an identical query on unchanged tables without running it
      jdbc.update("update ACT_RU_TASK set PRIORITY_ = PRIORITY_ where ID_ = (select min(ID_) from ACT_RU_TASK)");
      long start = System.nanoTime();
      run.get();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("db", Bench.db());
    entry.put("openTasks", openTasks);
    entry.put("query", query);
    entry.put("p50Ms", Bench.percentile(millis, 50));
    entry.put("p95Ms", Bench.percentile(millis, 95));
    entry.put("runs", millis.size());
    Bench.print("query", entry);
    Bench.update(root -> Bench.upsert(root, "queries", entry, "db", "query"));
  }

  void insertUnits() {
    List<Object[]> unitRows = new ArrayList<>();
    List<Object[]> groupRows = new ArrayList<>();
    Timestamp now = Timestamp.from(Instant.now());
    for (int u = 0; u < UNITS; u++) {
      String name = "UBND xã Bench " + u;
      unitRows.add(new Object[] {unit(u), name, "COMMUNE_PC", "ubnd-tinh", "UBND", "ACTIVE", now});
      groupRows.add(new Object[] {unit(u) + "-staff", "Chuyên viên - " + name, "UNIT"});
      groupRows.add(new Object[] {unit(u) + "-leaders", "Lãnh đạo - " + name, "UNIT"});
    }
    jdbc.batchUpdate("insert into unit (code, name, kind, parent_code, symbol, status, created_at) "
        + "values (?, ?, ?, ?, ?, ?, ?)", unitRows);
    jdbc.batchUpdate("insert into ACT_ID_GROUP (ID_, REV_, NAME_, TYPE_) values (?, 1, ?, ?)", groupRows);
  }

  List<Long> insertDispatches() {
    List<Object[]> rows = new ArrayList<>();
    LocalDate today = LocalDate.now();
    for (int d = 0; d < DISPATCHES; d++) {
      rows.add(new Object[] {"ubnd-tinh", "skhdt", "V/v triển khai nhiệm vụ số " + (d + 1), "KTTH", today.getYear(),
          d + 1, String.format("%02d/UBND-KTTH", d + 1), Date.valueOf(today), "ISSUED", "bench-dispatch-" + d,
          Timestamp.from(Instant.now())});
    }
    jdbc.batchUpdate("insert into dispatch (issuer_code, advisory_unit_code, summary, drafting_symbol, issue_year, "
        + "doc_number, number_symbol, issued_on, status, process_instance_id, created_at) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    // each dispatch carries out a central directive of its own (the compliance dashboard lists directives)
    List<Object[]> directives = new ArrayList<>();
    for (int d = 0; d < DISPATCHES; d++) {
      directives.add(new Object[] {(d + 1) + "/VPCP-BENCH", "vpcp", today.getYear(), "CONG_VAN",
          "V/v chỉ đạo số " + (d + 1), Date.valueOf(today), "bench-directive-" + d, "vanthu",
          Timestamp.from(Instant.now())});
    }
    jdbc.batchUpdate("insert into incoming_document (number_symbol, issuer_code, issue_year, doc_type, summary, "
        + "issued_on, process_instance_id, registered_by, registered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        directives);
    jdbc.update("update dispatch set incoming_id = (select i.id from incoming_document i where i.process_instance_id"
        + " = replace(dispatch.process_instance_id, 'bench-dispatch-', 'bench-directive-'))"
        + " where process_instance_id like 'bench-dispatch-%'");
    return jdbc.queryForList("select id from dispatch where process_instance_id like 'bench-dispatch-%' order by id",
        Long.class);
  }

  /** The unit leader of the first commune, with the unit groups' Tasklist permissions. */
  void user() {
    User user = identityService.newUser(UNIT_USER);
    user.setFirstName("Bench");
    user.setLastName("Lãnh đạo");
    user.setEmail(UNIT_USER + "@kontum.gov.vn");
    user.setPassword("demo");
    identityService.saveUser(user);
    identityService.createMembership(UNIT_USER, unit(0) + "-leaders");
    accessPolicy.grantUnitGroup(unit(0) + "-leaders");
    accessPolicy.grantUnitGroup(unit(0) + "-staff");
  }

  /** One instance started through the engine; its runtime rows are the model of every copy. */
  Template template() {
    repositoryService.createDeployment().name(TEMPLATE).addModelInstance(TEMPLATE + ".bpmn",
        Bpmn.createExecutableProcess(TEMPLATE).camundaHistoryTimeToLive(1).startEvent()
            .userTask(AssignmentProcess.Elements.RECEIVE).name("Tiếp nhận, phân công chuyên viên").camundaCandidateGroups(TEMPLATE_GROUP)
            .camundaDueDate("2030-01-01T00:00:00").endEvent().done()).deploy();
    String pid = runtimeService.startProcessInstanceByKey(TEMPLATE).getId();
    Task task = taskService.createTaskQuery().processInstanceId(pid).singleResult();
    Template template = new Template();
    template.pid = pid;
    template.read(jdbc, "ACT_RU_EXECUTION", "PROC_INST_ID_", pid);
    template.read(jdbc, "ACT_RU_TASK", "ID_", task.getId());
    template.read(jdbc, "ACT_RU_IDENTITYLINK", "TASK_ID_", task.getId());
    template.read(jdbc, "ACT_RU_AUTHORIZATION", "RESOURCE_ID_", task.getId());
    System.out.println("[bench] template rows: " + template.summary());
    return template;
  }

  /** Rows of a few tables, copied with fresh ids (every id of a template row is replaced wherever it occurs). */
  static final class Template {
    final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
    final List<String> ids = new ArrayList<>();
    String pid;

    void read(JdbcTemplate jdbc, String table, String column, String value) {
      List<Map<String, Object>> list = jdbc.query("select * from " + table + " where " + column + " = ?",
          (ResultSet rs, int n) -> {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
              row.put(meta.getColumnLabel(c).toUpperCase(Locale.ROOT), rs.getObject(c));
            }
            return row;
          }, value);
      list.forEach(r -> ids.add((String) r.get("ID_")));
      rows.put(table, list);
    }

    String summary() {
      Map<String, Integer> counts = new LinkedHashMap<>();
      rows.forEach((t, l) -> counts.put(t, l.size()));
      return counts.toString();
    }

    void copy(JdbcTemplate jdbc, List<Map<String, Object>> overrides) {
      for (var entry : rows.entrySet()) {
        for (Map<String, Object> row : entry.getValue()) {
          List<String> columns = List.copyOf(row.keySet());
          String sql = "insert into " + entry.getKey() + " (" + String.join(", ", columns) + ") values ("
              + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
          List<Object[]> batch = new ArrayList<>();
          for (Map<String, Object> o : overrides) {
            Object[] values = new Object[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
              String column = columns.get(c);
              Object value = row.get(column);
              if (value instanceof String s) {
                for (String id : ids) {
                  if (s.contains(id)) {
                    s = s.replace(id, id.equals(pid) ? (String) o.get("pid")
                        : o.get("prefix") + id.substring(0, Math.min(id.length(), 8)));
                  }
                }
                if (s.equals(TEMPLATE_GROUP) && column.equals("GROUP_ID_")) {
                  s = (String) o.get("GROUP_ID_");
                }
                value = s;
              }
              if (column.equals("DUE_DATE_") && entry.getKey().equals("ACT_RU_TASK")) {
                value = o.get("DUE_DATE_");
              }
              values[c] = value;
            }
            batch.add(values);
          }
          for (int from = 0; from < batch.size(); from += 1000) {
            jdbc.batchUpdate(sql, batch.subList(from, Math.min(from + 1000, batch.size())));
          }
        }
      }
    }
  }
}
