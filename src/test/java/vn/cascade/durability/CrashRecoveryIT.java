package vn.cascade.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cascade.directive.DirectiveProcess;
import vn.cascade.support.Api;
import vn.cascade.support.AppProcess;
import vn.cascade.support.MailGate;

/**
 * The packaged application in a JVM of its own, on a database file under {@code target/crash/} (the embedded
 * default, H2 file mode, as application.yml configures it: the process runs in that folder), killed with SIGKILL
 * ({@code destroyForcibly}) right after each kind of confirmed write and restarted on the same file:
 *
 * <ol>
 *   <li>a directive registered over {@code /api} (201) is there after the restart, and its number is refused as
 *       already registered;
 *   <li>a task completed over {@code /engine-rest} (204) is completed after the restart;
 *   <li>a fan-out's mail delivery, interrupted while the SMTP server holds one mail without having answered it,
 *       resumes within 30 s of the restart (the node releases its own job locks at start-up, NodeJobLocks), and
 *       repeats only the mail in flight: the ones the server accepted before were recorded as sent.
 * </ol>
 *
 * Every mail the server received belongs to an outbox row that survived (no mail about work that was lost). The SMTP
 * server runs in this JVM (GreenMail) and can hold a mail before it answers, to kill the application mid-delivery.
 * With {@code -Ppostgres} the application runs on a fresh PostgreSQL database ({@code <name>_crash}) instead.
 */
class CrashRecoveryIT {

  static final LocalDate DUE = LocalDate.now().plusDays(30);

  Path dir;
  int port;
  AppProcess app;
  MailGate gate;
  final List<String> datasource = new ArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    dir = Path.of("target", "crash", "run-" + System.currentTimeMillis()).toAbsolutePath();
    Files.createDirectories(dir);
    port = AppProcess.freePort();
    gate = new MailGate();
    if ("postgresql".equals(System.getProperty("cascade.test.database"))) {
      String host = System.getProperty("cascade.test.postgres-host", "127.0.0.1:5432");
      String name = System.getProperty("cascade.test.database-name", "cascade_it") + "_crash";
      try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + "/postgres", "postgres", "");
          Statement sql = admin.createStatement()) {
        sql.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        sql.execute("CREATE DATABASE " + name);
      }
      datasource.addAll(List.of("--spring.datasource.url=jdbc:postgresql://" + host + "/" + name,
          "--spring.datasource.username=postgres", "--spring.datasource.password="));
    }
  }

  @AfterEach
  void tearDown() {
    gate.release();
    if (app != null) {
      app.kill();
    }
    gate.close();
  }

  @Test
  void confirmedWritesSurviveKillAndInterruptedJobsResumeWithinSeconds() throws Exception {
    // 1. a directive registered (201), the process killed at once
    app = start("1-register");
    Api.Response registered = Api.as(port, "vanthu").postJson("/api/directives", registration("646/VPCP-KTTH"));
    app.kill();
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String pid = registered.json().get("processInstanceId").asText();

    // 2. after the restart: the directive is there; the leader decides (204) over /engine-rest, killed at once
    app = start("2-decide");
    assertThat(as("chutich").get("/engine-rest/process-instance/" + pid).status())
        .as("the registered directive's process instance after the restart").isEqualTo(200);
    Api.Response again = as("vanthu").postJson("/api/directives", registration("646/VPCP-KTTH"));
    assertThat(again.status()).as("the same number again: " + again.body()).isEqualTo(400);
    Api.Response decided = as("chutich").complete(pid, DirectiveProcess.Elements.DECIDE, Api.vars(
        "advisoryUnit", "skhdt", "draftDeadline", LocalDate.now().plusDays(10).toString(),
        "leaderInstruction", "Giao Sở Kế hoạch và Đầu tư chủ trì tham mưu."));
    app.kill();
    assertThat(decided.status()).as(decided.body()).isEqualTo(204);

    // 3. after the restart: the decision is there; draft, submit, approve; the fan-out's mails go out, and the
    //    server holds the third of them unanswered when the process is killed
    app = start("3-fan-out");
    assertThat(as("chutich").task(pid, DirectiveProcess.Elements.DECIDE)).as("the decided task after the restart").isNull();
    assertThat(as("skhdt.chuyenvien").task(pid, DirectiveProcess.Elements.DRAFT)).as("the next task after the restart").isNotNull();
    assertThat(as("skhdt.chuyenvien").complete(pid, DirectiveProcess.Elements.DRAFT, draft()).status()).isEqualTo(204);
    assertThat(as("skhdt.lanhdao").complete(pid, DirectiveProcess.Elements.SUBMIT, Api.vars("leaderDecision", "submit")).status())
        .isEqualTo(204);
    await("every mail so far sent").atMost(Duration.ofSeconds(60)).until(() -> statuses().stream()
        .noneMatch("PENDING"::equals));
    int before = gate.received().size();
    int rowsBefore = statuses().size();
    gate.holdAfter(2);
    assertThat(as("chutich").complete(pid, DirectiveProcess.Elements.APPROVE, Api.vars("approvalDecision", "approve")).status())
        .isEqualTo(204);
    await("the server holding a fan-out mail").atMost(Duration.ofSeconds(90)).until(() -> gate.held() > 0);
    app.kill();
    int held = gate.held();
    // the server takes the held mail in (it has it, whole), but the process is gone: our side never learns it
    gate.release();

    // 4. after the restart: the interrupted delivery resumes at once and repeats at most the mail in flight
    app = start("4-recovery");
    long started = app.startedAt;
    await("the fan-out's mails all sent").atMost(Duration.ofSeconds(60)).until(() -> statuses().stream()
        .noneMatch("PENDING"::equals) && statuses().size() >= rowsBefore + 7);
    double recovery = (System.nanoTime() - started) / 1e9;
    List<String> fanOut = gate.received().subList(before, gate.received().size());
    Map<String, Long> copies = fanOut.stream().collect(Collectors.groupingBy(Function.identity(),
        LinkedHashMap::new, Collectors.counting()));
    long repeated = fanOut.size() - copies.size();
    System.out.printf("[crash] fan-out mails: %d distinct, %d received, %d repeated (%d held at the kill);"
        + " delivery resumed and done %.1f s after the restart's start-up%n", copies.size(), fanOut.size(), repeated,
        held, recovery);
    assertThat(copies).as("the 7 units' leaders' mails").hasSize(7);
    assertThat(repeated).as("mails sent twice: only the one in flight at the kill").isLessThanOrEqualTo(held)
        .isLessThanOrEqualTo(1);
    assertThat(recovery).as("seconds from the restart's start-up until the interrupted delivery is done")
        .isLessThan(30);
    assertThat(assignmentCount(pid)).isEqualTo(7);

    // every mail received at all, across the three kills, belongs to an outbox row that survived
    long sentRows = statuses().stream().filter("SENT"::equals).count();
    assertThat(Collections.frequency(gate.received(), null)).isZero();
    assertThat(gate.received().stream().distinct().count())
        .as("distinct mails received = outbox rows sent (a mail about lost work would be one more)")
        .isEqualTo(sentRows);
    app.kill();
    app = null;
  }

  Api as(String user) {
    return Api.as(port, user);
  }

  List<String> statuses() {
    return as("admin").get("/api/outbox?limit=1000").json().findValuesAsText("status");
  }

  int assignmentCount(String directivePid) {
    JsonNode dispatchId = as("chutich").get("/engine-rest/process-instance/" + directivePid
        + "/variables/dispatchId").json().get("value");
    return as("chutich").get("/api/dispatches/" + dispatchId.asText()).json().get("assignments").size();
  }

  static Map<String, Object> registration(String number) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("incomingNumber", number);
    data.put("incomingDate", "2025-01-24");
    data.put("incomingIssuer", "VPCP");
    data.put("incomingType", "CONG_VAN");
    data.put("incomingSummary", "V/v tình hình thực hiện Đề án phát triển kinh tế tuần hoàn tại Việt Nam");
    data.put("centralDeadline", LocalDate.now().plusDays(90).toString());
    return data;
  }

  static Map<String, Object> draft() {
    List<Map<String, Object>> items = List.of(
        item("Tiếp tục triển khai có hiệu quả các nhiệm vụ, giải pháp thực hiện Đề án.", "skhdt", "stc"),
        item("Tăng cường phổ biến, quán triệt, tuyên truyền nội dung Đề án.", "stnmt"),
        item("Đào tạo nguồn nhân lực chất lượng cao vận hành mô hình kinh tế tuần hoàn.", "sldtbxh"),
        item("Đẩy mạnh ứng dụng khoa học, công nghệ trong kinh tế tuần hoàn.", "skhcn", "sct"),
        item("Lồng ghép kinh tế tuần hoàn vào quy hoạch, kế hoạch; quản lý chất thải.", "ngoc-hoi"));
    try {
      return Api.vars(
          "dispatchSummary", "V/v triển khai Công văn số 646/VPCP-KTTH của Văn phòng Chính phủ",
          "dispatchSymbol", "KTTH",
          "items", Map.of("value", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(items),
              "type", "Json"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> item(String text, String lead, String... cooperating) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("text", text);
    item.put("leadUnit", lead);
    item.put("cooperatingUnits", List.of(cooperating));
    item.put("dueDate", DUE.toString());
    return item;
  }

  /** The packaged application in {@code dir} (its H2 file is {@code dir/data/cascade.mv.db}). */
  AppProcess start(String name) {
    List<String> args = new ArrayList<>(List.of(
        // demo users; "test" keeps the demo's own SMTP server off, mails go to this test's server
        "--spring.profiles.active=demo,test",
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + gate.port()));
    args.addAll(datasource);
    // the same port on every start: a restarted node keeps its id (host name and port, NodeJobLocks)
    return AppProcess.start(name, dir, port, args);
  }
}
