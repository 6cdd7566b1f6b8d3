package vn.cascade.bench;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.deadline.DeadlineCheckProcess;
import vn.cascade.organisation.Groups;
import vn.cascade.security.AccessPolicy;
import vn.cascade.security.TasklistFilters;
import vn.cascade.support.Api;
import vn.cascade.support.TestMailServer;

/**
 * The morning at scale: N open assignments ({@code -Dcascade.bench.morning-tasks}, 10,000 by default) at
 * "Tiếp nhận, phân công chuyên viên" in 100 communes, due so that on the measured morning about 10 % get a reminder,
 * 3 % an overdue notice and 1 % an escalation. From 07:00 (engine clock) the job executor runs the morning check
 * (deadline-check: its chunks); when its last chunk is done the clock moves on to the digest time and the digest
 * goes out; timed until every mail has reached the local SMTP server (GreenMail). Counted: tasks checked, notices
 * queued, mails, duplicates and lost ones (one mail per person expected: the notice, or the digest of several); the
 * unit's Tasklist list ("Việc của đơn vị", REST) is called every 200 ms while it runs. The baseline, in the same
 * JVM afterwards: the bare engine firing N due non-interrupting timer-cycle jobs of a minimal process whose task
 * does nothing. Fails only when the work did not happen (tasks not checked, notices or mails lost or twice).
 *
 * <p>The open assignments are bulk-inserted, as in TaskQueryBenchmark: copies of the runtime rows the engine wrote
 * for one real instance of a one-task process (execution, task, candidate-group link, task authorization and the
 * instance's variables that notices read: unit, unit name, dispatch), with the assignment row and the register
 * row ({@code timed_task}) the create listener writes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=true", "cascade.mail.digest=true"})
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class MorningBenchmark {

  static final int TASKS = Integer.getInteger("cascade.bench.morning-tasks", 10_000);
  static final int UNITS = 100;
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String TEMPLATE = "bench-morning-task";
  static final String TEMPLATE_GROUP = "template-leaders";
  static final String TEMPLATE_UNIT = "template-unit";
  static final String TEMPLATE_UNIT_NAME = "template-unit-name";
  static final String BASELINE = "bench-morning-baseline";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    Bench.freshDatabase(registry, "morning");
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired AccessPolicy accessPolicy;
  @Autowired WorkingDayCalendar calendar;

  @AfterAll
  static void resetClock() {
    ClockUtil.reset();
  }

  static String unit(int u) {
    return String.format("xa-sang-%03d", u);
  }

  /** Working days left on the morning for task i: 10 % reminded (3 or 1), 3 % overdue (-1), 1 % escalated (-3). */
  static int daysLeft(int i) {
    int bucket = i % 100;
    if (bucket < 5) {
      return 3;
    }
    if (bucket < 10) {
      return 1;
    }
    if (bucket < 13) {
      return -1;
    }
    if (bucket < 14) {
      return -3;
    }
    return 5 + bucket % 20; // nothing to say yet
  }

  @Test
  void theMorningOfNOpenTasks() {
    LocalDate morning = calendar.addWorkingDays(LocalDate.now(VN), 2);
    Instant sevenOClock = morning.atTime(LocalTime.of(7, 0)).atZone(VN).toInstant();
    long loadStart = System.nanoTime();
    insertUnits();
    long dispatchId = insertDispatch();
    Copier template = template(dispatchId);
    Set<String> expectedRecipients = new HashSet<>();
    long expectedNotices = load(template, dispatchId, morning, expectedRecipients);
    settle();
    double loadSeconds = Bench.seconds(loadStart);
    System.out.println("[bench] " + TASKS + " open assignments loaded in " + loadSeconds + " s");

    TestMailServer.reset();
    String unitFilter = filterService.createFilterQuery().filterName(TasklistFilters.UNIT).singleResult().getId();
    Api tasklistUser = Api.as(port, unit(0) + ".lanhdao");
    List<Double> tasklistMillis = Collections.synchronizedList(new ArrayList<>());
    ScheduledExecutorService tasklist = Executors.newSingleThreadScheduledExecutor();
    java.util.concurrent.atomic.AtomicInteger tasklistFailures = new java.util.concurrent.atomic.AtomicInteger();

    // 07:00 of the morning: the check's timer is due, the clock runs on from there
    Job timer = managementService.createJobQuery().processDefinitionKey(DeadlineCheckProcess.KEY)
        .activityId(DeadlineCheckProcess.Elements.MORNING).singleResult();
    managementService.setJobDuedate(timer.getId(), java.util.Date.from(sevenOClock));
    Map<String, Object> entry = new LinkedHashMap<>();
    System.gc();
    try (HeapWatch heap = new HeapWatch()) {
      long start = System.nanoTime();
      long cpuStart = Bench.cpuNanos();
      ClockUtil.offset(sevenOClock.toEpochMilli() - System.currentTimeMillis());
      tasklist.scheduleWithFixedDelay(() -> {
        try {
          long t = System.nanoTime();
          Api.Response list = tasklistUser.postJson("/engine-rest/filter/" + unitFilter
              + "/list?firstResult=0&maxResults=15", "{}");
          Api.Response count = tasklistUser.postJson("/engine-rest/filter/" + unitFilter + "/count", "{}");
          if (list.status() == 200 && count.status() == 200) {
            tasklistMillis.add((System.nanoTime() - t) / 1e6);
          } else {
            tasklistFailures.incrementAndGet();
          }
        } catch (RuntimeException e) {
          tasklistFailures.incrementAndGet();
        }
      }, 200, 200, TimeUnit.MILLISECONDS);

      // every chunk checked: the check waits at its digest timer
      String checkId = await().atMost(Duration.ofMinutes(40)).pollInterval(Duration.ofMillis(200)).until(() ->
          runtimeService.createProcessInstanceQuery().processDefinitionKey(DeadlineCheckProcess.KEY).list()
              .stream().map(p -> p.getId()).findFirst().orElse(null), id -> id != null);
      await().atMost(Duration.ofMinutes(40)).pollInterval(Duration.ofMillis(200)).until(() ->
          historyService.createHistoricActivityInstanceQuery().processInstanceId(checkId)
              .activityId(DeadlineCheckProcess.Elements.DIGEST_TIME).count() == 1);
      double checkSeconds = Bench.seconds(start);
      long checkCpu = Bench.cpuNanos() - cpuStart;

      // the digest time: if the check finished before 07:30, the clock moves on to it (the wait is not counted);
      // the job executor picks the digest's timer up as production would
      Instant digestTime = morning.atTime(LocalTime.of(7, 30)).atZone(VN).toInstant();
      if (ClockUtil.getCurrentTime().toInstant().isBefore(digestTime)) {
        ClockUtil.offset(digestTime.toEpochMilli() - System.currentTimeMillis());
      }
      long digestStart = System.nanoTime();
      Double deliverySeconds = null;
      Double totalSeconds = null;
      try {
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(200))
            .until(() -> TestMailServer.get().getReceivedMessages().length >= expectedRecipients.size());
        deliverySeconds = Bench.seconds(digestStart);
        totalSeconds = Bench.seconds(start);
      } catch (org.awaitility.core.ConditionTimeoutException e) {
        System.out.println("[bench] not every mail arrived within 20 minutes");
      }
      tasklist.shutdownNow();
      // late duplicates (a retried send) would arrive now
      await().pollDelay(Duration.ofSeconds(5)).until(() -> true);

      Map<String, Integer> byRecipient = new HashMap<>();
      MimeMessage[] received = TestMailServer.get().getReceivedMessages();
      for (MimeMessage message : received) {
        try {
          String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
          byRecipient.merge(to.substring(0, to.indexOf('@')), 1, Integer::sum);
        } catch (MessagingException e) {
          throw new IllegalStateException(e);
        }
      }
      int duplicates = byRecipient.values().stream().mapToInt(n -> n - 1).sum();
      Set<String> lost = new HashSet<>(expectedRecipients);
      lost.removeAll(byRecipient.keySet());
      Set<String> unexpected = new HashSet<>(byRecipient.keySet());
      unexpected.removeAll(expectedRecipients);
      long checked = historyService.createHistoricVariableInstanceQuery().processInstanceId(checkId)
          .variableName(DeadlineCheckProcess.CHECKED_TOTAL.name()).list().stream()
          .mapToLong(v -> ((Number) v.getValue()).longValue()).sum();
      long chunks = historyService.createHistoricActivityInstanceQuery().processInstanceId(checkId)
          .activityId(DeadlineCheckProcess.Elements.CHECK_CHUNK).finished().count();
      Long notices = jdbc.queryForObject("select count(*) from outbox_mail where kind in ('REMINDER', 'DUE_TODAY', "
          + "'OVERDUE', 'ESCALATION') and idempotency_key like ?", Long.class, "%:" + morning);
      Long noticesNotOut = jdbc.queryForObject("select count(*) from outbox_mail where kind in ('REMINDER', "
          + "'DUE_TODAY', 'OVERDUE', 'ESCALATION') and idempotency_key like ? and status not in ('SENT', "
          + "'IN_DIGEST')", Long.class, "%:" + morning);

      entry.put("db", Bench.db());
      entry.put("openTasks", TASKS);
      entry.put("loadSeconds", loadSeconds);
      entry.put("seconds", totalSeconds);
      entry.put("checkSeconds", checkSeconds);
      entry.put("digestAndDeliverySeconds", deliverySeconds);
      entry.put("checksPerSecond", Bench.round(checked / checkSeconds, 0));
      entry.put("checked", checked);
      entry.put("chunks", chunks);
      entry.put("checkCpuSeconds", Bench.round(checkCpu / 1e9, 2));
      entry.put("noticesExpected", expectedNotices);
      entry.put("notices", notices);
      entry.put("noticesNotSent", noticesNotOut);
      entry.put("mailsExpected", expectedRecipients.size());
      entry.put("mails", received.length);
      entry.put("duplicates", duplicates);
      entry.put("lost", lost.size());
      entry.put("unexpected", unexpected.size());
      entry.put("peakHeapMb", heap.peakUsedMb());
      entry.put("tasklistCalls", tasklistMillis.size());
      entry.put("tasklistFailures", tasklistFailures.get());
      entry.put("tasklistP50Ms", tasklistMillis.isEmpty() ? null : Bench.percentile(tasklistMillis, 50));
      entry.put("tasklistP95Ms", tasklistMillis.isEmpty() ? null : Bench.percentile(tasklistMillis, 95));
    } finally {
      tasklist.shutdownNow();
    }

    // the baseline: N due non-interrupting timer-cycle jobs of a minimal process, fired by the same job executor
    Map<String, Object> baseline = baseline(morning.atTime(LocalTime.of(12, 0)).atZone(VN).toInstant());
    entry.putAll(baseline);
    double baselineSeconds = (Double) baseline.get("baselineSeconds");
    entry.put("ratio", entry.get("seconds") == null ? null
        : Bench.round((Double) entry.get("seconds") / baselineSeconds, 3));
    entry.put("checkRatio", Bench.round((Double) entry.get("checkSeconds") / baselineSeconds, 3));
    Bench.print("morning", entry);
    Bench.update(root -> Bench.upsert(root, "morning", entry, "db", "openTasks"));

    List<String> problems = new ArrayList<>();
    if ((Long) entry.get("checked") < TASKS) {
      problems.add("tasks not checked: " + (TASKS - (Long) entry.get("checked")));
    }
    if (!entry.get("notices").equals(expectedNotices) || (Long) entry.get("noticesNotSent") > 0) {
      problems.add("notices: " + entry.get("notices") + " of " + expectedNotices + ", not sent "
          + entry.get("noticesNotSent"));
    }
    if ((Integer) entry.get("duplicates") > 0 || (Integer) entry.get("lost") > 0) {
      problems.add("mails: duplicates " + entry.get("duplicates") + ", lost " + entry.get("lost"));
    }
    if ((Long) baseline.get("baselineFired") < TASKS) {
      problems.add("baseline timers not fired: " + (TASKS - (Long) baseline.get("baselineFired")));
    }
    if (!problems.isEmpty()) {
      throw new AssertionError("The morning's work did not happen: " + problems);
    }
  }

  /** Loads the N open assignments; returns the notices expected and fills the people expected to get a mail. */
  long load(Copier template, long dispatchId, LocalDate morning, Set<String> recipients) {
    List<String> coordinators = members(Groups.COORDINATORS);
    List<String> provinceLeaders = members(Groups.PROVINCE_LEADERS);
    long notices = 0;
    Map<Integer, LocalDate> dueByDaysLeft = new HashMap<>();
    for (int from = 0; from < TASKS; from += 1000) {
      List<Object[]> assignments = new ArrayList<>();
      List<Map<String, Object>> copies = new ArrayList<>();
      for (int i = from; i < Math.min(from + 1000, TASKS); i++) {
        int u = i % UNITS;
        int days = daysLeft(i / UNITS); // every unit has tasks of every kind
        LocalDate due = dueByDaysLeft.computeIfAbsent(days, d -> calendar.addWorkingDays(morning, d));
        String pid = "bench-morning-pi-" + i;
        assignments.add(new Object[] {dispatchId, unit(u), Date.valueOf(due), "RECEIVED", pid,
            Timestamp.from(Instant.now())});
        Map<String, Object> copy = new HashMap<>();
        copy.put("prefix", "m" + i + "-");
        copy.put("pid", pid);
        copy.put(TEMPLATE_GROUP, unit(u) + "-leaders");
        copy.put(TEMPLATE_UNIT, unit(u));
        copy.put(TEMPLATE_UNIT_NAME, "UBND xã Sáng " + u);
        copy.put("DUE_DATE_", Timestamp.from(calendar.endOfDay(due).toInstant()));
        copy.put("due", due);
        copies.add(copy);
        if (days == 3 || days == 1 || days == -1) {
          notices++; // the unit's leader (assignee: the candidate group; and unit leader when overdue: the same)
          recipients.add(unit(u) + ".lanhdao");
        } else if (days == -3) {
          notices += 1 + coordinators.size() + provinceLeaders.size();
          recipients.add(unit(u) + ".lanhdao");
          recipients.addAll(coordinators);
          recipients.addAll(provinceLeaders);
        }
      }
      jdbc.batchUpdate("insert into assignment (dispatch_id, unit_code, due_date, state, process_instance_id, "
          + "created_at) values (?, ?, ?, ?, ?, ?)", assignments);
      Map<String, String> taskIds = template.copy(jdbc, copies);
      List<Object[]> register = new ArrayList<>();
      for (Map<String, Object> copy : copies) {
        register.add(new Object[] {taskIds.get((String) copy.get("pid")), copy.get("pid"),
            Date.valueOf((LocalDate) copy.get("due"))});
      }
      jdbc.batchUpdate("insert into timed_task (task_id, process_instance_id, due_date) values (?, ?, ?)", register);
    }
    return notices;
  }

  List<String> members(String group) {
    return identityService.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).toList();
  }

  void settle() {
    jdbc.execute("ANALYZE");
    if (!Bench.onPostgres()) {
      jdbc.execute("CHECKPOINT SYNC");
    }
  }

  /** 100 communes, each with its groups and one leader with an email address; the first leader signs in. */
  void insertUnits() {
    List<Object[]> unitRows = new ArrayList<>();
    List<Object[]> groupRows = new ArrayList<>();
    List<Object[]> userRows = new ArrayList<>();
    List<Object[]> memberRows = new ArrayList<>();
    Timestamp now = Timestamp.from(Instant.now());
    for (int u = 0; u < UNITS; u++) {
      String name = "UBND xã Sáng " + u;
      unitRows.add(new Object[] {unit(u), name, "COMMUNE_PC", "ubnd-tinh", "UBND", "ACTIVE", now});
      groupRows.add(new Object[] {unit(u) + "-staff", "Chuyên viên - " + name, "UNIT"});
      groupRows.add(new Object[] {unit(u) + "-leaders", "Lãnh đạo - " + name, "UNIT"});
      if (u > 0) {
        userRows.add(new Object[] {unit(u) + ".lanhdao", "Chủ tịch", name, unit(u) + ".lanhdao@kontum.gov.vn"});
        memberRows.add(new Object[] {unit(u) + ".lanhdao", unit(u) + "-leaders"});
      }
    }
    jdbc.batchUpdate("insert into unit (code, name, kind, parent_code, symbol, status, created_at) "
        + "values (?, ?, ?, ?, ?, ?, ?)", unitRows);
    jdbc.batchUpdate("insert into ACT_ID_GROUP (ID_, REV_, NAME_, TYPE_) values (?, 1, ?, ?)", groupRows);
    jdbc.batchUpdate("insert into ACT_ID_USER (ID_, REV_, FIRST_, LAST_, EMAIL_) values (?, 1, ?, ?, ?)", userRows);
    jdbc.batchUpdate("insert into ACT_ID_MEMBERSHIP (USER_ID_, GROUP_ID_) values (?, ?)", memberRows);
    User user = identityService.newUser(unit(0) + ".lanhdao");
    user.setFirstName("Chủ tịch");
    user.setLastName("UBND xã Sáng 0");
    user.setEmail(unit(0) + ".lanhdao@kontum.gov.vn");
    user.setPassword("demo");
    identityService.saveUser(user);
    identityService.createMembership(unit(0) + ".lanhdao", unit(0) + "-leaders");
    accessPolicy.grantUnitGroup(unit(0) + "-leaders");
    accessPolicy.grantUnitGroup(unit(0) + "-staff");
  }

  long insertDispatch() {
    LocalDate today = LocalDate.now(VN);
    jdbc.update("insert into dispatch (issuer_code, advisory_unit_code, summary, drafting_symbol, issue_year, "
        + "doc_number, number_symbol, issued_on, status, process_instance_id, created_at) "
        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "ubnd-tinh", "skhdt", "V/v triển khai nhiệm vụ buổi sáng",
        "KTTH", today.getYear(), 901, "901/UBND-KTTH", Date.valueOf(today), "ISSUED", "bench-morning-dispatch",
        Timestamp.from(Instant.now()));
    return jdbc.queryForObject("select id from dispatch where process_instance_id = 'bench-morning-dispatch'",
        Long.class);
  }

  /** One instance started through the engine, with the variables a notice reads; the model of every copy. */
  Copier template(long dispatchId) {
    repositoryService.createDeployment().name(TEMPLATE).addModelInstance(TEMPLATE + ".bpmn",
        Bpmn.createExecutableProcess(TEMPLATE).camundaHistoryTimeToLive(1).startEvent()
            .userTask(AssignmentProcess.Elements.RECEIVE).name("Tiếp nhận, phân công chuyên viên").camundaCandidateGroups(TEMPLATE_GROUP)
            .camundaDueDate("2030-01-01T00:00:00").endEvent().done()).deploy();
    String pid = runtimeService.startProcessInstanceByKey(TEMPLATE, Variables.createVariables()
        .putValue("unitCode", TEMPLATE_UNIT).putValue("unitName", TEMPLATE_UNIT_NAME)
        .putValue("dispatchNumber", "901/UBND-KTTH").putValue("dispatchId", dispatchId)).getId();
    Task task = taskService.createTaskQuery().processInstanceId(pid).singleResult();
    Copier copier = new Copier(pid, task.getId());
    copier.read(jdbc, "ACT_RU_EXECUTION", "PROC_INST_ID_", pid);
    copier.read(jdbc, "ACT_RU_TASK", "ID_", task.getId());
    copier.read(jdbc, "ACT_RU_IDENTITYLINK", "TASK_ID_", task.getId());
    copier.read(jdbc, "ACT_RU_AUTHORIZATION", "RESOURCE_ID_", task.getId());
    copier.read(jdbc, "ACT_RU_VARIABLE", "PROC_INST_ID_", pid);
    System.out.println("[bench] template rows: " + copier.summary());
    return copier;
  }

  /**
   * The baseline: N instances of a minimal process (a user task with a non-interrupting daily timer cycle whose path
   * does nothing), bulk-copied from one real instance with the timer due now; timed until the job executor has
   * fired every one.
   */
  Map<String, Object> baseline(Instant due) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(BASELINE).camundaHistoryTimeToLive(1).startEvent()
        .userTask("Work").boundaryEvent("Daily").cancelActivity(false)
        .timerWithCycle("R/" + due.atZone(VN).toOffsetDateTime() + "/P1D")
        .serviceTask("Nothing").camundaExpression("${true}").endEvent()
        .moveToActivity("Work").endEvent().done();
    repositoryService.createDeployment().name(BASELINE).addModelInstance(BASELINE + ".bpmn", model).deploy();
    ClockUtil.offset(due.toEpochMilli() - 3_600_000L - System.currentTimeMillis());
    String pid = runtimeService.startProcessInstanceByKey(BASELINE).getId();
    Copier copier = new Copier(pid, null);
    copier.read(jdbc, "ACT_RU_EXECUTION", "PROC_INST_ID_", pid);
    copier.read(jdbc, "ACT_RU_TASK", "PROC_INST_ID_", pid);
    copier.read(jdbc, "ACT_RU_JOB", "PROCESS_INSTANCE_ID_", pid);
    long loadStart = System.nanoTime();
    for (int from = 0; from < TASKS - 1; from += 1000) {
      List<Map<String, Object>> copies = new ArrayList<>();
      for (int i = from; i < Math.min(from + 1000, TASKS - 1); i++) {
        Map<String, Object> copy = new HashMap<>();
        copy.put("prefix", "b" + i + "-");
        copy.put("pid", "bench-baseline-pi-" + i);
        copies.add(copy);
      }
      copier.copy(jdbc, copies);
    }
    settle();
    System.out.println("[bench] baseline: " + TASKS + " timer instances loaded in " + Bench.seconds(loadStart)
        + " s");
    java.util.Date dueDate = java.util.Date.from(due.plusSeconds(1));
    System.gc();
    try (HeapWatch heap = new HeapWatch()) {
      long start = System.nanoTime();
      long cpuStart = Bench.cpuNanos();
      ClockUtil.offset(due.toEpochMilli() - System.currentTimeMillis());
      await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofMillis(200)).until(() ->
          managementService.createJobQuery().processDefinitionKey(BASELINE).duedateLowerThan(dueDate).count() == 0);
      double seconds = Bench.seconds(start);
      long fired = managementService.createJobQuery().processDefinitionKey(BASELINE).count();
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("baselineSeconds", seconds);
      figures.put("baselineFired", fired);
      figures.put("baselinePerSecond", Bench.round(fired / seconds, 0));
      figures.put("baselineCpuSeconds", Bench.round((Bench.cpuNanos() - cpuStart) / 1e9, 2));
      figures.put("baselinePeakHeapMb", heap.peakUsedMb());
      return figures;
    }
  }

  /**
   * Rows of a few tables, copied with fresh ids: every id of a template row is replaced wherever it occurs, and
   * every value equal to a key of a copy's map (the template's group, unit, unit name; a task's due date) by its
   * value.
   */
  static final class Copier {
    final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
    final List<String> ids = new ArrayList<>();
    final String pid;
    final String taskId;

    Copier(String pid, String taskId) {
      this.pid = pid;
      this.taskId = taskId;
    }

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
      list.forEach(r -> {
        if (r.get("ID_") instanceof String id && !ids.contains(id)) {
          ids.add(id);
        }
      });
      rows.put(table, list);
    }

    String summary() {
      Map<String, Integer> counts = new LinkedHashMap<>();
      rows.forEach((t, l) -> counts.put(t, l.size()));
      return counts.toString();
    }

    String newId(String id, Map<String, Object> copy) {
      return id.equals(pid) ? (String) copy.get("pid") : copy.get("prefix") + id.substring(0, Math.min(id.length(), 8));
    }

    /** Copies the rows once per map; returns the copied task's id per copied instance. */
    Map<String, String> copy(JdbcTemplate jdbc, List<Map<String, Object>> copies) {
      for (var entry : rows.entrySet()) {
        for (Map<String, Object> row : entry.getValue()) {
          List<String> columns = List.copyOf(row.keySet());
          String sql = "insert into " + entry.getKey() + " (" + String.join(", ", columns) + ") values ("
              + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
          List<Object[]> batch = new ArrayList<>();
          for (Map<String, Object> copy : copies) {
            Object[] values = new Object[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
              String column = columns.get(c);
              Object value = row.get(column);
              if (value instanceof String s) {
                if (copy.containsKey(s) && copy.get(s) instanceof String replacement) {
                  s = replacement;
                } else {
                  for (String id : ids) {
                    if (s.contains(id)) {
                      s = s.replace(id, newId(id, copy));
                    }
                  }
                }
                value = s;
              }
              if (column.equals("DUE_DATE_") && entry.getKey().equals("ACT_RU_TASK") && copy.containsKey("DUE_DATE_")) {
                value = copy.get("DUE_DATE_");
              }
              values[c] = value;
            }
            batch.add(values);
          }
          jdbc.batchUpdate(sql, batch);
        }
      }
      Map<String, String> taskIds = new HashMap<>();
      if (taskId != null) {
        copies.forEach(c -> taskIds.put((String) c.get("pid"), newId(taskId, c)));
      }
      return taskIds;
    }
  }
}
