package vn.cascade.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.directive.DirectiveProcess;
import vn.cascade.directive.IncomingDocumentRepository;
import vn.cascade.attachment.AttachmentRepository;
import vn.cascade.support.Api;

/**
 * The seeds played through the REST APIs by the demo users with their own credentials, job executor on: the clerk
 * registers 646/VPCP-KTTH with its PDF, the province dispatches it as 562/UBND-KTTH-like dispatch to seven units,
 * units complete their work, and no unit sees or completes another's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true",
    "cascade.attachments.max-bytes=200000"})
@ActiveProfiles({"test", "demo"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedCycleIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final LocalDate DUE = LocalDate.now().plusDays(30);
  static final List<String> UNITS = List.of("skhdt", "stc", "stnmt", "sldtbxh", "skhcn", "sct", "ngoc-hoi");

  @LocalServerPort int port;
  @Autowired IncomingDocumentRepository incoming;
  @Autowired AttachmentRepository attachments;

  /** Shared across the ordered steps. */
  static String directivePid;
  static long attachmentId;
  static long dispatchId;

  Api as(String user) {
    return Api.as(port, user);
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

  static Map<String, Object> vars(Object... keyValues) {
    return Api.vars(keyValues);
  }

  /** The one open task at {@code key} in the process instance, as {@code user} sees it (null when hidden). */
  JsonNode task(String user, String pid, String key) {
    return as(user).task(pid, key);
  }

  Api.Response complete(String user, String pid, String key, Map<String, Object> body) {
    return as(user).complete(pid, key, body);
  }

  String variable(String user, String pid, String name) {
    return as(user).get("/engine-rest/process-instance/" + pid + "/variables/" + name).json().get("value").asText();
  }

  @Test
  @Order(1)
  void apisRequireAuthentication() {
    assertThat(Api.anonymous(port).get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(Api.anonymous(port).get("/api/assignments").status()).isEqualTo(401);
    // (a wrong password also locks the account for a few seconds: Camunda's brute-force protection)
    assertThat(Api.as(port, "phochutich", "wrong").get("/api/units").status()).isEqualTo(401);
    Api.Response units = as("vanthu").get("/api/units");
    assertThat(units.status()).as(units.body()).isEqualTo(200);
    assertThat(Api.anonymous(port).get("/v3/api-docs").body()).contains("/api/directives");
  }

  @Test
  @Order(2)
  void clerkRegistersTheGovernmentOfficeLetterWithItsPdf() {
    Api.Response response = as("vanthu").postMultipart("/api/directives", registration("646/VPCP-KTTH"),
        "646-VPCP-KTTH.pdf", "application/pdf", PDF);

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    directivePid = response.json().get("processInstanceId").asText();
    var doc = incoming.findByProcessInstanceId(directivePid).orElseThrow();
    assertThat(doc.getNumberSymbol()).isEqualTo("646/VPCP-KTTH");
    assertThat(doc.getAttachmentId()).isNotNull();
    attachmentId = doc.getAttachmentId();
    assertThat(task("chutich", directivePid, DirectiveProcess.Elements.DECIDE)).isNotNull();
    assertThat(task("skhdt.lanhdao", directivePid, DirectiveProcess.Elements.DECIDE)).isNull();
  }

  @Test
  @Order(3)
  void badRegistrationsAreRefusedWithVietnameseMessagesAndLeaveNothing() {
    long documents = incoming.count();
    long files = attachments.count();

    Api.Response duplicate = as("vanthu").postJson("/api/directives", registration("646/VPCP-KTTH"));
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.json().get("message").asText()).contains("đã được đăng ký");

    Map<String, Object> missing = registration("");
    missing.put("incomingIssuer", "khong-ton-tai");
    Api.Response bad = as("vanthu").postJson("/api/directives", missing);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").findValuesAsText("field")).contains("incomingNumber", "incomingIssuer");
    assertThat(bad.body()).contains("Chưa nhập số, ký hiệu văn bản").contains("Không tìm thấy đơn vị");

    Api.Response notPdf = as("vanthu").postMultipart("/api/directives", registration("647/VPCP-KTTH"),
        "ghi-chu.docx", "application/pdf", "PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.UTF_8));
    assertThat(notPdf.status()).isEqualTo(400);
    assertThat(notPdf.json().get("message").asText()).contains("phải là tệp PDF");

    byte[] large = new byte[300_000];
    System.arraycopy(PDF, 0, large, 0, PDF.length);
    Api.Response tooLarge = as("vanthu").postMultipart("/api/directives", registration("648/VPCP-KTTH"),
        "lon.pdf", "application/pdf", large);
    assertThat(tooLarge.status()).isEqualTo(400);
    assertThat(tooLarge.json().get("message").asText()).contains("quá lớn");

    // a valid PDF with an invalid form: the PDF must not stay behind either
    Map<String, Object> lateDeadline = registration("649/VPCP-KTTH");
    lateDeadline.put("centralDeadline", "2024-01-01");
    Api.Response rolledBack = as("vanthu").postMultipart("/api/directives", lateDeadline, "a.pdf", "application/pdf",
        PDF);
    assertThat(rolledBack.status()).isEqualTo(400);

    assertThat(incoming.count()).isEqualTo(documents);
    assertThat(attachments.count()).isEqualTo(files);

    Api.Response notClerk = as("stc.chuyenvien").postJson("/api/directives", registration("650/VPCP-KTTH"));
    assertThat(notClerk.status()).isEqualTo(403);
  }

  @Test
  @Order(3)
  void intakePageRegistersOnTheTasklistSessionWithItsCsrfToken() {
    Api browser = Api.tasklistSession(port, "vanthu");
    JsonNode me = browser.get("/api/me").json();
    assertThat(me.get("userId").asText()).isEqualTo("vanthu");
    assertThat(browser.get("/cascade/intake.html").body()).contains("Đăng ký văn bản đến");

    // a session without the token cannot write (a forged cross-site form cannot either)
    assertThat(browser.postJson("/api/directives", registration("101/VPCP-KTTH")).status()).isEqualTo(401);

    Api.Response created = browser.withHeader("X-Cascade-CSRF", me.get("csrfToken").asText())
        .postMultipart("/api/directives", registration("101/VPCP-KTTH"), "101.pdf", "application/pdf", PDF);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(incoming.findByProcessInstanceId(created.json().get("processInstanceId").asText()).orElseThrow()
        .getRegisteredBy()).isEqualTo("vanthu");
  }

  @Test
  @Order(4)
  void provinceDecidesDraftsApprovesAndDispatchesToSevenUnits() {
    // a refusal in Tasklist (which goes through the webapp's engine API) reads as the bare Vietnamese message
    String decideId = task("chutich", directivePid, DirectiveProcess.Elements.DECIDE).get("id").asText();
    Api.Response inTasklist = Api.tasklistSession(port, "chutich").postJson(
        "/camunda/api/engine/engine/default/task/" + decideId + "/submit-form", vars(
            "advisoryUnit", "khong-ton-tai", "draftDeadline", LocalDate.now().plusDays(10).toString()));
    assertThat(inTasklist.status()).as(inTasklist.body()).isEqualTo(400);
    assertThat(inTasklist.json().get("message").asText()).isEqualTo("Không tìm thấy đơn vị 'khong-ton-tai'.");

    assertThat(complete("chutich", directivePid, DirectiveProcess.Elements.DECIDE, vars(
        "advisoryUnit", "skhdt", "draftDeadline", LocalDate.now().plusDays(10).toString(),
        "leaderInstruction", "Giao Sở Kế hoạch và Đầu tư chủ trì tham mưu.")).status()).isEqualTo(204);

    // a draft naming an unknown unit is refused with the Vietnamese message, status 400
    Api.Response refused = complete("skhdt.chuyenvien", directivePid, DirectiveProcess.Elements.DRAFT, draft(List.of(
        item("Nhiệm vụ.", "khong-ton-tai", DUE))));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).startsWith("Nhiệm vụ 1: Không tìm thấy đơn vị 'khong-ton-tai'");

    assertThat(complete("skhdt.chuyenvien", directivePid, DirectiveProcess.Elements.DRAFT, draft(List.of(
        item("Tiếp tục triển khai có hiệu quả các nhiệm vụ, giải pháp thực hiện Đề án theo Công văn số 2324/UBND-KTTH.",
            "skhdt", DUE, "stc"),
        item("Tăng cường phổ biến, quán triệt, tuyên truyền nội dung Đề án.", "stnmt", DUE),
        item("Đào tạo nguồn nhân lực chất lượng cao vận hành mô hình kinh tế tuần hoàn.", "sldtbxh", DUE),
        item("Đẩy mạnh ứng dụng khoa học, công nghệ và đổi mới sáng tạo trong kinh tế tuần hoàn.", "skhcn", DUE, "sct"),
        item("Lồng ghép kinh tế tuần hoàn vào quy hoạch, kế hoạch; quản lý chất thải.", "ngoc-hoi", DUE))))
        .status()).isEqualTo(204);
    assertThat(complete("skhdt.lanhdao", directivePid, DirectiveProcess.Elements.SUBMIT, vars("leaderDecision", "submit")).status())
        .isEqualTo(204);
    assertThat(complete("chutich", directivePid, DirectiveProcess.Elements.APPROVE, vars("approvalDecision", "approve")).status())
        .isEqualTo(204);

    // the job executor numbers the dispatch and starts every unit's assignment
    dispatchId = Long.parseLong(variable("chutich", directivePid, "dispatchId"));
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(assignments(null)).hasSize(7));
    JsonNode dispatch = as("stc.theodoi").get("/api/dispatches/" + dispatchId).json();
    assertThat(dispatch.get("numberSymbol").asText()).matches("\\d{2,}/UBND-KTTH");
    // issued today in the province (UTC+7), which is already tomorrow in UTC from 17:00
    assertThat(dispatch.get("issuedOn").asText()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
        .toString());
    assertThat(dispatch.get("assignments").findValuesAsText("unitCode")).containsExactlyInAnyOrderElementsOf(UNITS);
    assertThat(dispatch.get("assignments").findValuesAsText("state")).containsOnly("RECEIVED");
  }

  @Test
  @Order(5)
  void unitsWorkTheirTasksAndCompleteOnTime() {
    for (String unit : List.of("skhcn", "stnmt")) {
      String pid = assignmentOf(unit);
      JsonNode received = task(unit + ".lanhdao", pid, AssignmentProcess.Elements.RECEIVE);
      assertThat(received.get("due").asText()).startsWith(DUE.toString());
      assertThat(as(unit + ".lanhdao").get("/engine-rest/task/" + received.get("id").asText() + "/form-variables?deserializeValues=false")
          .body()).contains("Chủ trì").contains("specialistOptions");
      assertThat(complete(unit + ".lanhdao", pid, AssignmentProcess.Elements.RECEIVE, vars("specialist", unit + ".chuyenvien")).status())
          .isEqualTo(204);
      assertThat(complete(unit + ".chuyenvien", pid, AssignmentProcess.Elements.CARRY_OUT, vars("resultText",
          "Đã ban hành kế hoạch triển khai và tổ chức tuyên truyền tới các phòng, đơn vị trực thuộc.")).status())
          .isEqualTo(204);
      assertThat(complete(unit + ".lanhdao", pid, AssignmentProcess.Elements.REVIEW, vars("reviewDecision", "approve")).status())
          .isEqualTo(204);
    }
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      JsonNode mine = as("skhcn.lanhdao").get("/api/assignments").json();
      assertThat(mine).hasSize(1);
      assertThat(mine.get(0).get("state").asText()).isEqualTo("COMPLETED");
      assertThat(mine.get(0).get("timeliness").asText()).isEqualTo("COMPLETED_ON_TIME");
    });
    JsonNode all = as("chutich").get("/api/dispatches/" + dispatchId).json().get("assignments");
    assertThat(all.findValuesAsText("state")).containsExactlyInAnyOrder(
        "COMPLETED", "COMPLETED", "RECEIVED", "RECEIVED", "RECEIVED", "RECEIVED", "RECEIVED");
    // the directive waits for the other five units
    assertThat(as("chutich").get("/engine-rest/process-instance/" + directivePid).status()).isEqualTo(200);
  }

  @Test
  @Order(6)
  void aUnitCannotSeeOrCompleteAnotherUnitsWork() {
    String stcPid = assignmentOf("stc");
    JsonNode stcTask = task("stc.lanhdao", stcPid, AssignmentProcess.Elements.RECEIVE);
    String taskId = stcTask.get("id").asText();

    // Sở Công Thương's leader does not see it in any list, cannot open it, and cannot complete it
    assertThat(as("sct.lanhdao").get("/engine-rest/task").json().findValuesAsText("processInstanceId"))
        .doesNotContain(stcPid);
    assertThat(as("sct.lanhdao").get("/engine-rest/task/" + taskId).status()).isIn(403, 404);
    assertThat(as("sct.lanhdao").postJson("/engine-rest/task/" + taskId + "/complete",
        vars("specialist", "sct.chuyenvien")).status()).isIn(403, 404);
    assertThat(as("sct.lanhdao").get("/engine-rest/process-instance/" + stcPid + "/variables").status())
        .isIn(403, 404);
    assertThat(task("stc.lanhdao", stcPid, AssignmentProcess.Elements.RECEIVE)).isNotNull();
    // while its own unit reads the instance's data (Tasklist's filter columns)
    assertThat(as("stc.chuyenvien").get("/engine-rest/process-instance/" + stcPid + "/variables/dispatchNumber")
        .status()).isEqualTo(200);

    // Cascade's API shows a unit its own assignments only
    assertThat(as("sct.lanhdao").get("/api/assignments").json().findValuesAsText("unitCode")).containsOnly("sct");
    assertThat(as("sct.chuyenvien").get("/api/dispatches/" + dispatchId).json().get("assignments")
        .findValuesAsText("unitCode")).containsOnly("sct");
    assertThat(as("bo-y.lanhdao").get("/api/dispatches/" + dispatchId).status()).isEqualTo(403);

    // the directive's PDF: the units it was sent to may read it, others may not
    assertThat(as("skhcn.lanhdao").get("/api/attachments/" + attachmentId).status()).isEqualTo(200);
    assertThat(as("bo-y.lanhdao").get("/api/attachments/" + attachmentId).status()).isEqualTo(403);
  }

  /** The running assignments of the dispatch (of one unit, if given), as the provincial chairman queries them. */
  JsonNode assignments(String unit) {
    List<Map<String, Object>> variables = new ArrayList<>();
    variables.add(Map.of("name", "dispatchId", "operator", "eq", "value", dispatchId));
    if (unit != null) {
      variables.add(Map.of("name", "unitCode", "operator", "eq", "value", unit));
    }
    return as("chutich").postJson("/engine-rest/process-instance",
        Map.of("processDefinitionKey", AssignmentProcess.KEY, "variables", variables)).json();
  }

  /** The unit's running assignment (one query: other units' instances may end meanwhile, by their own jobs). */
  String assignmentOf(String unit) {
    JsonNode found = assignments(unit);
    if (found.isEmpty()) {
      throw new AssertionError("No assignment for " + unit);
    }
    return found.get(0).get("id").asText();
  }

  static Map<String, Object> item(String text, String lead, LocalDate due, String... cooperating) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("text", text);
    item.put("leadUnit", lead);
    item.put("cooperatingUnits", List.of(cooperating));
    item.put("dueDate", due.toString());
    return item;
  }

  static Map<String, Object> draft(List<Map<String, Object>> items) {
    return vars(
        "dispatchSummary", "V/v triển khai Công văn số 646/VPCP-KTTH ngày 24 tháng 01 năm 2025 của Văn phòng Chính phủ",
        "dispatchSymbol", "KTTH",
        "items", Map.of("value", json(items), "type", "Json"));
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
