package vn.cascade.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.cascade.support.Api;

/**
 * A whole report request through the REST APIs, each demo user with their own credentials, job executor on: the
 * Finance coordinator asks five units for the 2025 report on the circular economy scheme (as 2137/STC-QLN did),
 * every unit drafts, signs and sends its report, Finance returns one and accepts all, consolidates them, the
 * provincial leader approves, and the numbered consolidated report downloads as a .docx that POI opens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles({"test", "demo"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingCycleIT {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  static final List<String> UNITS = List.of("skhcn", "sct", "stnmt", "sldtbxh", "ngoc-hoi");
  static final String NUMBER = "9137/STC-QLN";

  @LocalServerPort int port;

  static String requestPid;
  static long requestId;

  Api as(String user) {
    return Api.as(port, user);
  }

  static Map<String, Object> requestForm(String number) {
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("requestNumber", number);
    form.put("requestDate", TODAY.toString());
    form.put("subject", "Báo cáo tình hình thực hiện Đề án phát triển kinh tế tuần hoàn năm 2025");
    form.put("directives", "Quyết định số 687/QĐ-TTg ngày 07/6/2022; Công văn số 562/UBND-KTTH ngày 21/02/2025");
    form.put("unitTargets", UNITS);
    form.put("unitDeadline", TODAY.plusDays(14).toString());
    form.put("sendDeadline", TODAY.plusDays(30).toString());
    form.put("outline", "I. Tình hình triển khai; II. Kết quả, khó khăn, tồn tại; III. Giải pháp, kiến nghị.");
    form.put("upwardRecipients", "Bộ Tài chính; Văn phòng Chính phủ");
    return form;
  }

  static Map<String, Object> vars(Object... keyValues) {
    return Api.vars(keyValues);
  }

  JsonNode task(String user, String pid, String key) {
    return as(user).task(pid, key);
  }

  Api.Response complete(String user, String pid, String key, Map<String, Object> body) {
    return as(user).complete(pid, key, body);
  }

  JsonNode state() {
    return as("stc.theodoi").get("/api/report-requests/" + requestId).json();
  }

  String unitReportPid(String unit) {
    for (JsonNode u : state().get("units")) {
      if (unit.equals(u.get("unitCode").asText())) {
        return u.get("processInstanceId").asText();
      }
    }
    throw new AssertionError("No unit report of " + unit);
  }

  HttpResponse<byte[]> download(String user, String path) {
    return as(user).download(path);
  }

  /** A unit report as Tasklist sends it: the outline's sections and a row of figures in the form's numbered fields. */
  static Map<String, Object> report(String unit, String achieved) {
    return vars(
        "planning", "Ban hành kế hoạch triển khai Đề án phát triển kinh tế tuần hoàn của đơn vị.",
        "achieved", achieved,
        "difficulties", "Nguồn lực cho kinh tế tuần hoàn còn hạn chế.",
        "proposals", "Đề nghị UBND tỉnh bố trí kinh phí hỗ trợ doanh nghiệp.",
        "figure1Indicator", "Số doanh nghiệp được hỗ trợ",
        "figure1Measure", "doanh nghiệp",
        "figure1Value", "120",
        "figure1Note", unit,
        "attachmentsNote", "Phụ lục số liệu kèm theo.");
  }

  @Test
  @Order(1)
  void coordinatorRequestsReportsFromFiveUnits() {
    // only Finance coordinators may request, and bad input is refused with every problem
    assertThat(as("skhcn.lanhdao").postJson("/api/report-requests", requestForm("9136/STC-QLN")).status())
        .isEqualTo(403);
    Map<String, Object> bad = requestForm("9136 STC");
    bad.put("unitTargets", List.of());
    Api.Response refused = as("stc.theodoi").postJson("/api/report-requests", bad);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("errors").findValuesAsText("field")).contains("requestNumber", "unitTargets");

    Api.Response created = as("stc.theodoi").postJson("/api/report-requests", requestForm(NUMBER));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    requestPid = created.json().get("processInstanceId").asText();
    requestId = created.json().get("requestId").asLong();
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
        as("chutich").get("/engine-rest/process-instance?superProcessInstance=" + requestPid).json()).hasSize(5));
    JsonNode state = state();
    assertThat(state.get("requestNumber").asText()).isEqualTo(NUMBER);
    assertThat(state.get("units").findValuesAsText("unitCode")).containsExactlyElementsOf(UNITS);
    assertThat(state.get("units").findValuesAsText("status")).containsOnly("NOT_STARTED");
    // a unit sees its own row only; a unit not asked sees nothing
    assertThat(as("skhcn.lanhdao").get("/api/report-requests/" + requestId).json().get("units")
        .findValuesAsText("unitCode")).containsExactly("skhcn");
    assertThat(as("bo-y.lanhdao").get("/api/report-requests/" + requestId).status()).isEqualTo(403);
  }

  @Test
  @Order(2)
  void unitsDraftSignAndSendTheirReports() throws Exception {
    for (String unit : UNITS) {
      String pid = unitReportPid(unit);
      assertThat(task("sct.chuyenvien", pid, UnitReportProcess.Elements.DRAFT) == null || unit.equals("sct")).isTrue();
      assertThat(complete(unit + ".chuyenvien", pid, UnitReportProcess.Elements.DRAFT,
          report(unit, "Kết quả đạt được của " + unit + ": hỗ trợ 120 doanh nghiệp.")).status()).isEqualTo(204);
      assertThat(complete(unit + ".lanhdao", pid, UnitReportProcess.Elements.SIGN, vars("signDecision", "approve")).status())
          .isEqualTo(204);
    }
    assertThat(state().get("units").findValuesAsText("status")).containsOnly("SUBMITTED");
    assertThat(state().get("units").findValuesAsText("reportNumber")).allMatch(n -> n.matches("\\d{2,}/BC-.+"));

    // the unit's own leader downloads its signed report; another unit cannot
    String skhcnId = state().get("units").get(0).get("unitReportId").asText();
    HttpResponse<byte[]> own = download("skhcn.lanhdao", "/api/unit-reports/" + skhcnId + "/docx");
    assertThat(own.statusCode()).isEqualTo(200);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(own.body()))) {
      assertThat(doc.getParagraphs()).isNotEmpty();
    }
    assertThat(ReportingDriver.text(own.body())).contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "/BC-SKHCN", "Nơi nhận:",
        "- Sở Tài chính;", "GIÁM ĐỐC", "Theo đề nghị của Sở Tài chính tại Công văn số " + NUMBER);
    assertThat(download("sct.lanhdao", "/api/unit-reports/" + skhcnId + "/docx").statusCode()).isEqualTo(403);
  }

  @Test
  @Order(3)
  void financeReturnsOneReportAndAcceptsAll() {
    String sct = unitReportPid("sct");
    assertThat(complete("stc.theodoi", sct, UnitReportProcess.Elements.REVIEW,
        vars("acceptDecision", "return", "acceptComment", "Đề nghị bổ sung số liệu năm 2025.")).status())
        .isEqualTo(204);
    assertThat(state().get("units").get(1).get("status").asText()).isEqualTo("RETURNED");
    assertThat(complete("sct.chuyenvien", sct, UnitReportProcess.Elements.DRAFT,
        report("sct", "Đã bổ sung: hỗ trợ 150 doanh nghiệp năm 2025.")).status()).isEqualTo(204);
    assertThat(complete("sct.lanhdao", sct, UnitReportProcess.Elements.SIGN, vars("signDecision", "approve")).status())
        .isEqualTo(204);
    for (String unit : UNITS) {
      assertThat(complete("stc.theodoi", unitReportPid(unit), UnitReportProcess.Elements.REVIEW, vars("acceptDecision", "accept"))
          .status()).isEqualTo(204);
    }
    assertThat(state().get("units").findValuesAsText("status")).containsOnly("ACCEPTED");
    assertThat(state().get("units").get(1).get("versions").asInt()).isEqualTo(2);
  }

  @Test
  @Order(4)
  void financeConsolidatesTheLeaderApprovesAndTheReportDownloadsAsDocx() throws Exception {
    await().atMost(Duration.ofSeconds(30))
        .until(() -> task("stc.theodoi", requestPid, ReportRequestProcess.Elements.CONSOLIDATE) != null);
    Map<String, String> draft = new LinkedHashMap<>();
    for (String key : List.of("consPlanning", "consAchieved", "consDifficulties", "consProposals")) {
      draft.put(key, as("stc.theodoi").get("/engine-rest/process-instance/" + requestPid + "/variables/" + key)
          .json().get("value").asText());
    }
    assertThat(draft.get("consAchieved")).contains("- Sở Công Thương: Đã bổ sung: hỗ trợ 150 doanh nghiệp")
        .contains("- UBND huyện Ngọc Hồi:");
    assertThat(complete("stc.theodoi", requestPid, ReportRequestProcess.Elements.CONSOLIDATE, vars(
        "consPlanning", draft.get("consPlanning"), "consAchieved", draft.get("consAchieved"),
        "consDifficulties", draft.get("consDifficulties"), "consProposals", draft.get("consProposals")))
        .status()).isEqualTo(204);
    assertThat(complete("chutich", requestPid, ReportRequestProcess.Elements.APPROVE, vars("reportApproval", "approve"))
        .status()).isEqualTo(204);

    await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(state().get("status").asText()));
    String number = state().get("reportNumber").asText();
    assertThat(number).matches("\\d{2,}/BC-UBND");

    HttpResponse<byte[]> response = download("stc.theodoi", "/api/report-requests/" + requestId
        + "/consolidated.docx");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
      // header: issuing body and number left, national title, motto, place and date right
      var header = doc.getTables().get(0).getRow(0);
      assertThat(header.getCell(0).getText()).contains("ỦY BAN NHÂN DÂN TỈNH KON TUM").contains("Số: " + number);
      assertThat(header.getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("Độc lập - Tự do - Hạnh phúc").contains("Kon Tum, ngày " + TODAY.getDayOfMonth() + " tháng ");
      // type and summary, content by section with the units named
      String body = ReportingDriver.text(response.body());
      assertThat(body).contains("BÁO CÁO", "Báo cáo tình hình thực hiện Đề án phát triển kinh tế tuần hoàn năm 2025",
          "Theo đề nghị của Sở Tài chính tại Công văn số " + NUMBER, "I. Tình hình xây dựng kế hoạch",
          "1. Kết quả đạt được", "2. Khó khăn, tồn tại", "III. Giải pháp, kiến nghị", "IV. Số liệu tổng hợp");
      UNITS.stream().filter(unit -> !unit.equals("sct"))
          .forEach(unit -> assertThat(body).contains("Kết quả đạt được của " + unit));
      assertThat(body).contains("- Sở Công Thương: Đã bổ sung: hỗ trợ 150 doanh nghiệp")
          .doesNotContain("Các đơn vị chưa gửi báo cáo");
      // signer and recipients
      var footer = doc.getTables().get(doc.getTables().size() - 1).getRow(0);
      assertThat(footer.getCell(0).getText()).contains("Nơi nhận:").contains("- Bộ Tài chính;")
          .contains("- Văn phòng Chính phủ;").contains("- Lưu: VT, STC.");
      assertThat(footer.getCell(1).getText()).contains("TM. ỦY BAN NHÂN DÂN").contains("CHỦ TỊCH")
          .contains("Nguyễn Văn Hòa");
    }
    assertThat(download("skhcn.lanhdao", "/api/report-requests/" + requestId + "/consolidated.docx").statusCode())
        .isEqualTo(403);
    assertThat(as("chutich").get("/engine-rest/process-instance/" + requestPid).status()).isEqualTo(404);
  }
}
