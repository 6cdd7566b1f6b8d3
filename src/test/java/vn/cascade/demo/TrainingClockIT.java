package vn.cascade.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.calendar.HolidayTable;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.common.Dates;
import vn.cascade.directive.DirectiveProcess;
import vn.cascade.support.AppProcess;
import vn.cascade.support.Api;
import vn.cascade.support.MailGate;

/**
 * The training clock drives a cycle as a trainer would, through the REST API of the packaged application in a
 * process of its own (the engine's clock is one per JVM: moved here, it would move every other test's clock too):
 * a dispatch to Sở Kế hoạch và Đầu tư is out, its leader has given it to a specialist; the trainer moves the day to
 * three working days before the due date, then past it, then three working days past it, and each morning's notice
 * is there — the reminder to the specialist, the overdue notice to the specialist and the unit's leader, the
 * escalation to Finance's coordinator and the provincial leaders — each once, as the mails the outbox sends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingClockIT {

  static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(HolidayTable.shipped());
  static final ObjectMapper JSON = new ObjectMapper();

  MailGate mail;
  AppProcess app;
  String assignmentPid;
  LocalDate due;

  @BeforeAll
  void startTheDemo() throws Exception {
    mail = new MailGate();
    int port = AppProcess.freePort();
    Path dir = Path.of("target", "training-clock", "run-" + System.currentTimeMillis()).toAbsolutePath();
    app = AppProcess.start("training", dir, port, List.of("--spring.profiles.active=demo,test",
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.port()));
    LocalDate today = LocalDate.parse(as("admin").get("/api/training-clock").json().get("today").asText());
    due = CALENDAR.addWorkingDays(today, 8);
    assignmentPid = dispatchToPlanning();
  }

  @AfterAll
  void stop() {
    if (app != null) {
      app.kill();
    }
    mail.close();
  }

  Api as(String user) {
    return Api.as(app.port, user);
  }

  @Test
  void eachMorningsNoticeArrivesOnceOnTheDayTheTrainerMovesTo() {
    // only an administrator moves the clock, only forward
    assertThat(as("skhdt.lanhdao").get("/api/training-clock").status()).isEqualTo(403);
    Api.Response back = as("admin").postJson("/api/training-clock?date=2025-01-02", Map.of());
    assertThat(back.status()).isEqualTo(400);
    assertThat(back.body()).contains("chỉ chuyển tới", Dates.vn(LocalDate.of(2025, 1, 2)));

    // three working days before the due date: the specialist's reminder
    moveTo(CALENDAR.addWorkingDays(due, -3));
    awaitNotice("REMINDER", "skhdt.chuyenvien");

    // the first working day after it: the overdue notice, to the specialist and the unit's leader
    moveTo(CALENDAR.addWorkingDays(due, 1));
    awaitNotice("OVERDUE", "skhdt.chuyenvien");
    awaitNotice("OVERDUE", "skhdt.lanhdao");
    assertThat(as("skhdt.lanhdao").get("/api/assignments").json().toString()).contains("OVERDUE");

    // three working days after it: the escalation, to Finance's coordinator and the provincial leaders
    moveTo(CALENDAR.addWorkingDays(due, 3));
    awaitNotice("ESCALATION", "stc.theodoi");
    awaitNotice("ESCALATION", "chutich");

    // and the next working day adds no notice that was already sent: each arrived once
    JsonNode day = as("admin").postJson("/api/training-clock/next-working-day", Map.of()).json();
    assertThat(LocalDate.parse(day.get("today").asText())).isEqualTo(CALENDAR.addWorkingDays(due, 4));
    await("the morning's mails delivered").atMost(Duration.ofSeconds(90))
        .until(() -> notices().stream().noneMatch(n -> n.get("status").asText().equals("PENDING")));
    for (String[] notice : new String[][] {{"OVERDUE", "skhdt.chuyenvien"}, {"OVERDUE", "skhdt.lanhdao"},
        {"ESCALATION", "stc.theodoi"}, {"ESCALATION", "chutich"}}) {
      assertThat(count(notice[0], notice[1])).as(notice[0] + " to " + notice[1]).isEqualTo(1);
    }
  }

  void moveTo(LocalDate day) {
    Api.Response moved = as("admin").postJson("/api/training-clock?date=" + day, Map.of());
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().get("today").asText()).isEqualTo(day.toString());
  }

  void awaitNotice(String kind, String user) {
    await(kind + " to " + user).atMost(Duration.ofSeconds(90)).until(() -> count(kind, user) > 0);
  }

  long count(String kind, String user) {
    return notices().stream().filter(n -> n.get("kind").asText().equals(kind)
        && n.get("recipientUser").asText().equals(user)).count();
  }

  List<JsonNode> notices() {
    List<JsonNode> rows = new java.util.ArrayList<>();
    for (JsonNode row : as("admin").get("/api/outbox?limit=1000").json()) {
      if (assignmentPid.equals(row.path("processInstanceId").asText())) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** Register, decide, draft, submit and approve a dispatch to Sở KH&ĐT; its leader gives it to a specialist. */
  String dispatchToPlanning() throws Exception {
    Map<String, Object> registration = new LinkedHashMap<>();
    registration.put("incomingNumber", "77/VPCP-KTTH");
    registration.put("incomingDate", "2025-01-24");
    registration.put("incomingIssuer", "VPCP");
    registration.put("incomingType", "CONG_VAN");
    registration.put("incomingSummary", "V/v tập huấn sử dụng hệ thống theo dõi nhiệm vụ");
    registration.put("centralDeadline", CALENDAR.addWorkingDays(due, 20).toString());
    Api.Response registered = as("vanthu").postJson("/api/directives", registration);
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String pid = registered.json().get("processInstanceId").asText();
    assertThat(as("chutich").complete(pid, DirectiveProcess.Elements.DECIDE, Api.vars("advisoryUnit", "skhdt",
        "draftDeadline", CALENDAR.addWorkingDays(due, -6).toString(), "leaderInstruction", "Giao Sở KH&ĐT."))
        .status()).isEqualTo(204);
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("text", "Tổ chức tập huấn cho cán bộ, công chức về theo dõi nhiệm vụ.");
    item.put("leadUnit", "skhdt");
    item.put("cooperatingUnits", List.of());
    item.put("dueDate", due.toString());
    assertThat(as("skhdt.chuyenvien").complete(pid, DirectiveProcess.Elements.DRAFT, Api.vars(
        "dispatchSummary", "V/v tổ chức tập huấn", "dispatchSymbol", "KTTH",
        "items", Map.of("value", JSON.writeValueAsString(List.of(item)), "type", "Json"))).status()).isEqualTo(204);
    assertThat(as("skhdt.lanhdao").complete(pid, DirectiveProcess.Elements.SUBMIT,
        Api.vars("leaderDecision", "submit")).status()).isEqualTo(204);
    assertThat(as("chutich").complete(pid, DirectiveProcess.Elements.APPROVE,
        Api.vars("approvalDecision", "approve")).status()).isEqualTo(204);
    String[] assignment = new String[1];
    await("the unit's assignment").atMost(Duration.ofSeconds(90)).until(() -> {
      JsonNode tasks = as("skhdt.lanhdao").get("/engine-rest/task?processDefinitionKey=" + AssignmentProcess.KEY
          + "&taskDefinitionKey=" + AssignmentProcess.Elements.RECEIVE).json();
      if (tasks.isEmpty()) {
        return false;
      }
      assignment[0] = tasks.get(0).get("processInstanceId").asText();
      return true;
    });
    assertThat(as("skhdt.lanhdao").complete(assignment[0], AssignmentProcess.Elements.RECEIVE,
        Api.vars("specialist", "skhdt.chuyenvien")).status()).isEqualTo(204);
    return assignment[0];
  }
}
