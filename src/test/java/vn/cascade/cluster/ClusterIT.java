package vn.cascade.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.deadline.DeadlineCheckProcess;
import vn.cascade.directive.DirectiveProcess;
import vn.cascade.support.Api;
import vn.cascade.support.AppProcess;
import vn.cascade.support.MailGate;
import vn.cascade.support.ManyUnits;

/**
 * Two nodes of the packaged application (separate JVMs, ports of their own) on one PostgreSQL database, Camunda's
 * own clustering: each node runs a job executor on the shared job table. Each node delivers to an SMTP server of
 * its own in this JVM (GreenMail, {@link MailGate}), so the test knows which node sent a mail and can hold one in
 * the middle of its delivery. Jobs are counted per node from Camunda's job log ({@code ACT_HI_JOB_LOG.HOSTNAME_}:
 * the node id, host name and port, NodeJobLocks). Run by {@code ./mvnw verify -Pcluster} only; without PostgreSQL
 * on 127.0.0.1:5432 it fails and says so.
 *
 * <ol>
 *   <li>the two nodes started at the same moment on an empty database: one schema, one deployment;
 *   <li>a dispatch to 1,004 local units (1,000 communes loaded for the test and the demo's four) and a morning's
 *       reminders: every assignment, task and mail exactly once, and the jobs shared by both nodes;
 *   <li>one node killed (SIGKILL) in the middle of a fan-out, and one killed while the SMTP server holds one of
 *       its mails unanswered: the other node takes over the dead one's jobs when their locks expire (60 s here) and
 *       finishes; still one assignment per unit, one task per assignment, each mail received once (those in
 *       flight at the kill at most twice, one per job thread: the server had them, the dead node never learnt it);
 *   <li>a rolling restart onto a build with a changed BPMN: one new deployment (each process one new version, its
 *       forms with it), running instances go on in theirs, new ones start in the new one and their tasks have
 *       their forms.
 * </ol>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  static final String HOST = System.getProperty("cascade.test.postgres-host", "127.0.0.1:5432");
  static final String DATABASE = "cascade_cluster_it";
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  /** The communes loaded for the fan-out; with the demo's four local People's Committees. */
  static final int COMMUNES = 1000;
  static final int DEMO_LOCAL_UNITS = 4;
  static final Duration WORK = Duration.ofMinutes(5);
  /** Job lock time of the nodes: how long a dead node's jobs wait before another node takes them. */
  static final Duration LOCK_TIME = Duration.ofSeconds(60);
  /** The job executor's threads per node (application.yml, camunda.bpm.job-execution.core-pool-size). */
  static final int JOB_THREADS = 4;
  /** Tasks per chunk of the morning check in this test (1,000 in production): both nodes take chunks. */
  static final int CHUNK = 100;
  static final String CHANGED_NAME = "Tiếp nhận, phân công chuyên viên thực hiện";

  final Path dir = Path.of("target", "cluster", "run-" + System.currentTimeMillis()).toAbsolutePath();
  final AtomicInteger numbers = new AtomicInteger(1000);
  MailGate gate;
  JdbcTemplate jdbc;
  Node a;
  Node b;
  int units;
  LocalDate due;
  /** The first dispatch's directive (its assignments wait at their first task for the rolling restart). */
  String firstDirective;

  /** One node: its name (and SMTP server's), its port (kept across restarts: its node id), its process. */
  final class Node {
    final String name;
    final int port = AppProcess.freePort();
    Path jar = AppProcess.packagedJar();
    AppProcess app;
    int starts;

    Node(String name) {
      this.name = name;
    }

    Node start() {
      starts++;
      app = AppProcess.start(name + "-" + starts, dir, jar, port, List.of(
          // demo users and units; "test" keeps the demo's own SMTP server off
          "--spring.profiles.active=demo,test",
          "--spring.datasource.url=jdbc:postgresql://" + HOST + "/" + DATABASE,
          "--spring.datasource.username=postgres", "--spring.datasource.password=",
          "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + gate.port(name),
          "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
          // an idle node asks for jobs at least every second (10 s in production): the engine hands new jobs to the
          // node that made them, and on a quiet machine that node alone could finish a fan-out before the other one
          // woke up
          "--camunda.bpm.job-execution.max-wait=1000",
          "--camunda.bpm.job-execution.wait-time-in-millis=500",
          // every reminder a mail of its own (no morning digest)
          "--cascade.mail.digest=false",
          // the morning check in chunks of CHUNK tasks, so that both nodes share them
          "--cascade.deadline-check.chunk-size=" + CHUNK));
      return this;
    }

    String id() {
      try {
        return InetAddress.getLocalHost().getHostName() + ":" + port;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    Api as(String user) {
      return Api.as(port, user);
    }
  }

  @BeforeAll
  void startTwoNodesTogether() throws Exception {
    try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", "postgres", "");
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException e) {
      throw new AssertionError("The cluster tests need PostgreSQL on " + HOST + " with trust authentication for user"
          + " postgres (start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start). "
          + "Cause: " + e.getMessage(), e);
    }
    jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://" + HOST + "/" + DATABASE, "postgres",
        ""));
    gate = new MailGate("a", "b");
    a = new Node("a");
    b = new Node("b");
    long start = System.nanoTime();
    CompletableFuture<Node> startA = CompletableFuture.supplyAsync(a::start);
    CompletableFuture<Node> startB = CompletableFuture.supplyAsync(b::start);
    CompletableFuture.allOf(startA, startB).join();
    System.out.printf("[cluster] two nodes started together on an empty database, both ready after %.1f s%n",
        seconds(start));
  }

  @AfterAll
  void stopNodes() {
    for (Node node : new Node[] {a, b}) {
      if (node != null && node.app != null) {
        node.app.kill();
      }
    }
    if (gate != null) {
      gate.close();
    }
  }

  @Test
  @Order(1)
  void nodesStartedTogetherCreateOneSchemaAndOneVersionOfEachProcess() throws IOException {
    assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = '8.90' and success",
        Integer.class)).as("Camunda's schema created once, by Flyway's migration 8.90").isEqualTo(1);
    long created = List.of(a, b).stream().filter(n -> logOf(n).contains("Camunda's tables created")).count();
    assertThat(created).as("nodes that created Camunda's tables").isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from act_re_deployment", Integer.class))
        .as("deployments after two nodes deployed the same resources at once").isEqualTo(1);
    Map<String, Integer> versions = versions();
    assertThat(versions).isNotEmpty().allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    assertThat(jdbc.queryForObject("select count(*) from act_id_user where id_ = 'vanthu'", Integer.class))
        .as("the demo data written once").isEqualTo(1);
    assertThat(logOf(a)).contains("Start-up lock taken");
    assertThat(logOf(b)).contains("Start-up lock taken");
  }

  @Test
  @Order(2)
  void dispatchToAThousandUnitsAndAMorningsRemindersRunOnceEachSharedByBothNodes() {
    ManyUnits.add(jdbc, 0, COMMUNES);
    units = jdbc.queryForObject("select count(*) from unit where kind in ('DISTRICT_PC', 'COMMUNE_PC')"
        + " and status = 'ACTIVE'", Integer.class);
    assertThat(units).isEqualTo(COMMUNES + DEMO_LOCAL_UNITS);
    LocalDate today = LocalDate.now(VN);
    due = LocalDate.parse(a.as("chutich").get("/api/calendar/due-date?from=" + today + "&workingDays=3").json()
        .get("dueDate").asText());

    Timestamp since = now();
    long start = System.nanoTime();
    String pid = approvedDispatch();
    long dispatchId = dispatchId(pid);
    awaitQuiet("the fan-out's assignments started and their mails sent");
    double fanOutSeconds = seconds(start);
    firstDirective = pid;
    assertOnePerUnit(dispatchId);
    Map<String, Long> fanOutJobs = jobsPerNode("process_instance_id_ = '" + pid + "'", since);
    Map<String, Long> mailJobs = jobsPerNode("process_def_key_ = 'mail-delivery'", since);
    assertThat(mails(dispatchId, "ASSIGNED")).as("new-task mails, one per unit's leader").isEqualTo(units);
    assertEveryMailReceivedOnce();
    assertNoJobRanTwice(since);

    // the morning: the morning check (deadline-check) falls due now (the engine's clock is the real one: its timer is
    // moved), three working days before the deadline, so each unit's leader gets a reminder; its chunks of 100 tasks
    // are jobs that either node runs
    Timestamp morning = now();
    boolean workingDay = a.as("chutich").get("/api/calendar/working-day?date=" + today).json().get("workingDay")
        .asBoolean();
    long startMorning = System.nanoTime();
    int timers = jdbc.update("update act_ru_job set duedate_ = now() - interval '1 second' where job_def_id_ in"
        + " (select id_ from act_ru_jobdef where act_id_ = '" + DeadlineCheckProcess.Elements.MORNING
        + "' and proc_def_key_ = '" + DeadlineCheckProcess.KEY + "')");
    assertThat(timers).as("the morning check's timer").isEqualTo(1);
    int chunks = workingDay ? (units + CHUNK - 1) / CHUNK : 0;
    await("every chunk of the morning check run").atMost(WORK).pollInterval(Duration.ofMillis(500)).until(() ->
        jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 2 and act_id_ = '"
            + DeadlineCheckProcess.Elements.CHECK_CHUNK + "' and timestamp_ >= ?", Integer.class, morning) >= chunks
        && jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 2 and act_id_ = '"
            + DeadlineCheckProcess.Elements.MORNING + "' and timestamp_ >= ?", Integer.class, morning) >= 1);
    awaitQuiet("the morning's reminders sent");
    double morningSeconds = seconds(startMorning);
    Map<String, Long> checkJobs = jobsPerNode("act_id_ = '" + DeadlineCheckProcess.Elements.CHECK_CHUNK + "'",
        morning);
    Map<String, Long> reminderJobs = jobsPerNode("process_def_key_ = 'mail-delivery'", morning);
    // a working day: one reminder per unit's leader; a day off: the check runs and sends nothing
    assertThat(mails(dispatchId, "REMINDER")).as("reminders (working day: " + workingDay + ")")
        .isEqualTo(workingDay ? units : 0);
    assertThat(jdbc.queryForList("select process_instance_id from outbox_mail where kind = 'REMINDER' group by"
        + " process_instance_id, recipient_user having count(*) > 1", String.class)).as("reminders sent twice")
        .isEmpty();
    assertEveryMailReceivedOnce();
    assertNoJobRanTwice(since);

    System.out.printf("[cluster] fan-out to %d units: %.1f s until every assignment waited and every mail was sent;"
        + " fan-out jobs per node %s, new-task mail jobs per node %s; morning: %.1f s, deadline checks per node %s,"
        + " reminder mail jobs per node %s, %d mails received%n", units, fanOutSeconds, fanOutJobs, mailJobs,
        morningSeconds, checkJobs, reminderJobs, gate.received().size());
    assertThat(fanOutJobs).as("fan-out jobs per node").containsOnlyKeys(a.id(), b.id());
    assertThat(mailJobs).as("mail jobs per node").containsOnlyKeys(a.id(), b.id());
    // the chunks run one after another (sequential multi-instance): each chunk's job is hinted to the node that
    // finished the one before, so they may all run on one node; each ran once
    assertThat(checkJobs.values().stream().mapToLong(Long::longValue).sum()).as("morning check chunks run")
        .isEqualTo(chunks);
  }

  @Test
  @Order(3)
  void aNodeKilledInTheFanOutOrInTheMailDeliveryTheOtherFinishesOnceEach() {
    // 1. node b killed in the middle of a fan-out: a finishes it, taking over b's jobs when their locks expire
    Timestamp since = now();
    String pid = directiveReadyToApprove();
    long dispatchId = dispatchId(pid);
    long start = System.nanoTime();
    // approved through node b: the engine hands the new fan-out jobs to the job executor of the node that made them,
    // so b is at work at once (through a, b might only get jobs when a's executor leaves some)
    assertThat(b.as("chutich").complete(pid, DirectiveProcess.Elements.APPROVE, Api.vars("approvalDecision", "approve")).status())
        .isEqualTo(204);
    await("the fan-out under way on node b").atMost(WORK).pollInterval(Duration.ofMillis(50)).until(() ->
        assignments(dispatchId) >= units / 5 && !jobsPerNode("process_instance_id_ = '" + pid + "'", since).getOrDefault(
            b.id(), 0L).equals(0L));
    b.app.kill();
    int atKill = assignments(dispatchId);
    Integer lockedByB = jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ = ?", Integer.class,
        b.id());
    assertThat(atKill).as("assignments when node b was killed: in the middle of the fan-out").isLessThan(units);
    awaitQuiet("the fan-out finished by node a alone");
    double fanOutSeconds = seconds(start);
    assertOnePerUnit(dispatchId);
    assertThat(mails(dispatchId, "ASSIGNED")).isEqualTo(units);
    assertEveryMailReceivedOnce();
    assertNoJobRanTwice(since);
    System.out.printf("[cluster] node b killed at %d of %d assignments with %d jobs locked; node a finished the"
        + " fan-out and its mails %.1f s after the approval; fan-out jobs per node %s%n", atKill, units, lockedByB,
        fanOutSeconds, jobsPerNode("process_instance_id_ = '" + pid + "'", since));

    // 2. b back; a node killed while its SMTP server holds one of its mails unanswered: the other one finishes
    b.start();
    Timestamp mailsSince = now();
    int receivedBefore = gate.received().size();
    String pid2 = directiveReadyToApprove();
    long dispatchId2 = dispatchId(pid2);
    assertThat(a.as("chutich").complete(pid2, DirectiveProcess.Elements.APPROVE, Api.vars("approvalDecision", "approve"))
        .status()).isEqualTo(204);
    await("the fan-out's mails under way on both nodes").atMost(WORK).pollInterval(Duration.ofMillis(50)).until(() ->
        jobsPerNode("process_def_key_ = 'mail-delivery'", mailsSince).size() == 2
            && gate.received().size() - receivedBefore >= units / 5);
    gate.resetHeld();
    gate.holdAfter(0);
    await("a mail held by a node's server").atMost(Duration.ofSeconds(20)).until(() -> gate.heldBy() != null);
    Node victim = "a".equals(gate.heldBy()) ? a : b;
    Node survivor = victim == a ? b : a;
    victim.app.kill();
    int heldAtKill = gate.held(victim.name);
    int sentAtKill = mails(dispatchId2, "ASSIGNED", "SENT");
    gate.release();
    long startTakeOver = System.nanoTime();
    awaitQuiet("the mails finished by node " + survivor.name + " alone");
    double takeOverSeconds = seconds(startTakeOver);
    assertOnePerUnit(dispatchId2);
    assertThat(mails(dispatchId2, "ASSIGNED", "SENT")).isEqualTo(units);
    assertNoJobRanTwice(mailsSince);
    List<String> received = gate.received().subList(receivedBefore, gate.received().size());
    Map<String, Long> copies = received.stream().collect(Collectors.groupingBy(Function.identity(),
        LinkedHashMap::new, Collectors.counting()));
    long repeated = received.size() - copies.size();
    System.out.printf("[cluster] node %s killed with %d mail(s) held by its server, %d of %d sent; node %s"
        + " finished the delivery %.1f s later; %d distinct mails received, %d twice%n", victim.name, heldAtKill,
        sentAtKill, units, survivor.name, takeOverSeconds, copies.size(), repeated);
    assertThat(sentAtKill).as("mails sent at the kill: in the middle of the delivery").isLessThan(units);
    // in flight: a mail the server accepted whose "sent" the dead node had not committed yet; each of its job
    // threads sends one mail at a time, so at most one per thread (the held one among them)
    assertThat(repeated).as("mails received twice: only those in flight at the kill").isLessThanOrEqualTo(JOB_THREADS);
    assertThat(copies.size()).as("distinct mails received = outbox rows sent").isEqualTo(
        jdbc.queryForObject("select count(*) from outbox_mail where status = 'SENT' and sent_at >= ?", Integer.class,
            mailsSince));
    victim.start();
  }

  @Test
  @Order(4)
  void aRollingRestartWithAChangedBpmnCreatesOneVersionAndRunningInstancesGoOn() throws IOException {
    String ngocHoi = jdbc.queryForObject("select process_instance_id from assignment where unit_code = 'ngoc-hoi'"
        + " and dispatch_id = ?", String.class, dispatchId(firstDirective));
    String oldDefinition = definitionOf(ngocHoi);
    Path changed = changedBuild();
    Map<String, Integer> before = versions();
    int deploymentsBefore = jdbc.queryForObject("select count(*) from act_re_deployment", Integer.class);

    // a rolling restart: one node after the other, the other one serving meanwhile
    for (Node node : List.of(a, b)) {
      node.app.stop();
      Node other = node == a ? b : a;
      assertThat(other.as("vanthu").get("/api/me").status()).as("node " + other.name + " serving").isEqualTo(200);
      node.jar = changed;
      node.start();
    }
    Map<String, Integer> after = versions();
    // the build's files go out as one new deployment (its forms with its processes): every process one new version
    assertThat(jdbc.queryForObject("select count(*) from act_re_deployment", Integer.class))
        .as("deployments after the rolling restart").isEqualTo(deploymentsBefore + 1);
    assertThat(after).as("versions per process").isEqualTo(before.entrySet().stream().collect(Collectors.toMap(
        Map.Entry::getKey, e -> e.getValue() + 1)));

    // the running instance goes on in its version
    assertThat(b.as("ngoc-hoi.lanhdao").complete(ngocHoi, AssignmentProcess.Elements.RECEIVE, Api.vars("specialist",
        "ngoc-hoi.chuyenvien")).status()).isEqualTo(204);
    JsonNode next = a.as("ngoc-hoi.chuyenvien").task(ngocHoi, AssignmentProcess.Elements.CARRY_OUT);
    assertThat(next).as("the running instance's next task").isNotNull();
    assertThat(next.get("processDefinitionId").asText()).isEqualTo(oldDefinition);

    // a new one starts in the new version
    String pid = directiveReadyToApprove("stc");
    assertThat(b.as("chutich").complete(pid, DirectiveProcess.Elements.APPROVE, Api.vars("approvalDecision", "approve")).status())
        .isEqualTo(204);
    awaitQuiet("the new assignment started");
    String stc = jdbc.queryForObject("select process_instance_id from assignment where dispatch_id = ?", String.class,
        dispatchId(pid));
    String newDefinition = definitionOf(stc);
    assertThat(newDefinition).isNotEqualTo(oldDefinition);
    JsonNode receive = a.as("stc.lanhdao").task(stc, AssignmentProcess.Elements.RECEIVE);
    assertThat(receive.get("name").asText()).isEqualTo(CHANGED_NAME);
    assertThat(a.as("stc.lanhdao").get("/engine-rest/task/" + receive.get("id").asText() + "/deployed-form")
        .status()).as("the new version's task has its form").isEqualTo(200);
    assertThat(b.as("stc.lanhdao").complete(stc, AssignmentProcess.Elements.RECEIVE, Api.vars("specialist", "stc.chuyenvien")).status())
        .as("the new version's task completed").isEqualTo(204);
    assertThat(jdbc.queryForObject("select version_ from act_re_procdef where id_ = ?", Integer.class,
        newDefinition)).isEqualTo(after.get("assignment"));
    System.out.printf("[cluster] rolling restart with a changed assignment.bpmn: assignment versions %d -> %d,"
        + " one new deployment; the running instance went on in %s, the new one runs %s%n",
        before.get("assignment"), after.get("assignment"), oldDefinition, newDefinition);
  }

  // ---------------------------------------------------------------------------------------------------------------

  /** Registered on a, decided on b, drafted on a, submitted on b: the provincial leader's approval is next. */
  String directiveReadyToApprove(String lead) {
    Map<String, Object> registration = new LinkedHashMap<>();
    registration.put("incomingNumber", numbers.incrementAndGet() + "/VPCP-KTTH");
    registration.put("incomingDate", "2025-01-24");
    registration.put("incomingIssuer", "VPCP");
    registration.put("incomingType", "CONG_VAN");
    registration.put("incomingSummary", "V/v tình hình thực hiện Đề án phát triển kinh tế tuần hoàn tại Việt Nam");
    registration.put("centralDeadline", LocalDate.now().plusDays(90).toString());
    Api.Response registered = a.as("vanthu").postJson("/api/directives", registration);
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String pid = registered.json().get("processInstanceId").asText();
    assertThat(b.as("chutich").complete(pid, DirectiveProcess.Elements.DECIDE, Api.vars("advisoryUnit", "skhdt",
        "draftDeadline", LocalDate.now().plusDays(10).toString(),
        "leaderInstruction", "Giao Sở Kế hoạch và Đầu tư chủ trì tham mưu.")).status()).isEqualTo(204);
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("text", "Triển khai thực hiện Đề án phát triển kinh tế tuần hoàn.");
    item.put("leadUnit", lead);
    item.put("cooperatingUnits", List.of());
    item.put("dueDate", due.toString());
    Api.Response drafted;
    try {
      drafted = a.as("skhdt.chuyenvien").complete(pid, DirectiveProcess.Elements.DRAFT, Api.vars(
          "dispatchSummary", "V/v triển khai Công văn của Văn phòng Chính phủ",
          "dispatchSymbol", "KTTH",
          "items", Map.of("value", new ObjectMapper().writeValueAsString(List.of(item)), "type", "Json")));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    assertThat(drafted.status()).as(drafted.body()).isEqualTo(204);
    assertThat(b.as("skhdt.lanhdao").complete(pid, DirectiveProcess.Elements.SUBMIT, Api.vars("leaderDecision", "submit")).status())
        .isEqualTo(204);
    return pid;
  }

  String directiveReadyToApprove() {
    return directiveReadyToApprove("ALL_LOCAL");
  }

  String approvedDispatch() {
    String pid = directiveReadyToApprove();
    assertThat(a.as("chutich").complete(pid, DirectiveProcess.Elements.APPROVE, Api.vars("approvalDecision", "approve")).status())
        .isEqualTo(204);
    return pid;
  }

  long dispatchId(String directivePid) {
    return jdbc.queryForObject("select long_ from act_ru_variable where proc_inst_id_ = ? and name_ = 'dispatchId'",
        Long.class, directivePid);
  }

  int assignments(long dispatchId) {
    return jdbc.queryForObject("select count(*) from assignment where dispatch_id = ?", Integer.class, dispatchId);
  }

  /** One assignment per unit, one process instance per assignment, one first task per instance. */
  void assertOnePerUnit(long dispatchId) {
    assertThat(jdbc.queryForObject("select count(distinct unit_code) from assignment where dispatch_id = ?",
        Integer.class, dispatchId)).as("units with an assignment").isEqualTo(units);
    assertThat(assignments(dispatchId)).as("assignments").isEqualTo(units);
    assertThat(jdbc.queryForObject("select count(*) from act_ru_execution e join assignment a on"
        + " a.process_instance_id = e.id_ where a.dispatch_id = ?", Integer.class, dispatchId))
        .as("the assignments' process instances").isEqualTo(units);
    assertThat(jdbc.queryForObject("select count(*) from act_ru_execution e where e.parent_id_ is null and"
        + " e.proc_def_id_ in (select id_ from act_re_procdef where key_ = 'assignment') and e.super_exec_ is null"
        + " and e.id_ not in (select process_instance_id from assignment)", Integer.class))
        .as("assignment instances without an assignment row").isZero();
    String firstTasks = jdbc.queryForObject("select count(*), count(distinct t.proc_inst_id_) from act_ru_task t"
        + " join assignment a on a.process_instance_id = t.proc_inst_id_ where a.dispatch_id = ? and"
        + " t.task_def_key_ = 'ReceiveTask'", (rs, i) -> rs.getInt(1) + "/" + rs.getInt(2), dispatchId);
    assertThat(firstTasks).as("first tasks / instances with one").isEqualTo(units + "/" + units);
    assertThat(jdbc.queryForObject("select count(*) from act_ru_incident", Integer.class)).as("incidents").isZero();
  }

  int mails(long dispatchId, String kind) {
    return jdbc.queryForObject("select count(*) from outbox_mail m join assignment a on a.process_instance_id ="
        + " m.process_instance_id where a.dispatch_id = ? and m.kind = ?", Integer.class, dispatchId, kind);
  }

  int mails(long dispatchId, String kind, String status) {
    return jdbc.queryForObject("select count(*) from outbox_mail m join assignment a on a.process_instance_id ="
        + " m.process_instance_id where a.dispatch_id = ? and m.kind = ? and m.status = ?", Integer.class,
        dispatchId, kind, status);
  }

  /** Every outbox mail sent, each received by the SMTP servers once (by its stable Message-ID). */
  void assertEveryMailReceivedOnce() {
    List<String> received = gate.received();
    assertThat(jdbc.queryForObject("select count(*) from outbox_mail where status <> 'SENT'", Integer.class))
        .as("outbox mails not sent").isZero();
    assertThat(received).as("mails received twice").doesNotHaveDuplicates();
    assertThat(received).as("mails received = outbox mails sent").hasSize(
        jdbc.queryForObject("select count(*) from outbox_mail where status = 'SENT'", Integer.class));
  }

  void assertNoJobRanTwice(Timestamp since) {
    assertThat(jdbc.queryForList("select job_id_ from act_hi_job_log where job_state_ = 2 and timestamp_ >= ?"
        + " group by job_id_ having count(*) > 1", String.class, since)).as("jobs that succeeded twice").isEmpty();
  }

  /** Successful jobs per node (Camunda's job log: the node id is the engine's host name). */
  Map<String, Long> jobsPerNode(String condition, Timestamp since) {
    Map<String, Long> perNode = new LinkedHashMap<>();
    jdbc.query("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and timestamp_ >= ? and "
        + condition + " group by hostname_ order by hostname_", rs -> {
          perNode.put(rs.getString(1), rs.getLong(2));
        }, since);
    return perNode;
  }

  /** Until no job is due or locked (a dead node's locks expire after LOCK_TIME) and no mail waits. */
  void awaitQuiet(String what) {
    await(what).atMost(WORK).pollInterval(Duration.ofMillis(500)).until(() ->
        jdbc.queryForObject("select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or"
            + " duedate_ <= now())", Integer.class) == 0
        && jdbc.queryForObject("select count(*) from outbox_mail where status = 'PENDING'", Integer.class) == 0);
  }

  Map<String, Integer> versions() {
    Map<String, Integer> versions = new LinkedHashMap<>();
    jdbc.query("select key_, count(*) from act_re_procdef group by key_ order by key_", rs -> {
      versions.put(rs.getString(1), rs.getInt(2));
    });
    return versions;
  }

  String definitionOf(String processInstanceId) {
    return jdbc.queryForObject("select proc_def_id_ from act_ru_execution where id_ = ?", String.class,
        processInstanceId);
  }

  /** The packaged jar with one change: the assignment's first task renamed (a new build of the same release). */
  Path changedBuild() throws IOException {
    Path changed = dir.resolve("cascade-changed.jar");
    Files.copy(AppProcess.packagedJar(), changed, StandardCopyOption.REPLACE_EXISTING);
    try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + changed.toUri()), Map.of())) {
      Path bpmn = jar.getPath("BOOT-INF/classes/bpmn/assignment.bpmn");
      String model = Files.readString(bpmn, StandardCharsets.UTF_8);
      String renamed = model.replace("name=\"Tiếp nhận, phân công chuyên viên\"", "name=\"" + CHANGED_NAME + "\"");
      assertThat(renamed).as("the model changed").isNotEqualTo(model);
      Files.writeString(bpmn, renamed, StandardCharsets.UTF_8);
    }
    return changed;
  }

  String logOf(Node node) {
    try {
      return Files.readString(node.app.log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Timestamp now() {
    return Timestamp.from(Instant.now().minusMillis(500));
  }

  static double seconds(long startNanos) {
    return Math.round((System.nanoTime() - startNanos) / 1e8) / 10.0;
  }
}
