package vn.cascade.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.support.Api;
import vn.cascade.support.ComplianceScenario;
import vn.cascade.support.CycleDriver;

/**
 * The compliance endpoints on a real cycle: the province dispatches to Ngọc Hồi and Sở Công Thương, Ngọc Hồi
 * re-dispatches to its three communes; Bờ Y reports on time, Đăk Xú late, Plei Kần not at all (overdue), the district
 * and the department are still within term. The coordinator sees the five tasks in the four categories, per unit
 * and per level, and the same figures in the period summary and its CSV and .xlsx; the district's leader sees only
 * the district's subtree; another unit's leader and a specialist are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
// the period summary counts every assignment of the database: a database (and application context) of its own
@TestPropertySource(properties = "spring.datasource.url="
    + "${cascade.test.compliance-url:jdbc:h2:mem:cascade-compliance;DB_CLOSE_DELAY=-1}")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceIT {

  @Autowired ComplianceScenario scenario;
  @Autowired CycleDriver cycle;
  @Autowired WorkingDayCalendar calendar;
  @LocalServerPort int port;

  long directiveId;
  String number;
  LocalDate communeDue;
  CompliancePeriod period;

  @BeforeAll
  void playTheCycle() {
    period = CompliancePeriod.quarterOf(LocalDate.now(ComplianceScenario.VN));
    ComplianceScenario.Played played = scenario.play();
    directiveId = played.directiveId();
    number = played.number();
    communeDue = played.communeDue();
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theCoordinatorSeesTheFourCategoriesPerUnitAndPerLevel() {
    JsonNode rows = ok("stc.theodoi", "/api/compliance/directives");
    JsonNode row = find(rows, directiveId);
    assertThat(row.get("numberSymbol").asText()).isEqualTo(number);
    assertThat(row.get("state").asText()).isEqualTo("OVERDUE");
    assertThat(row.get("stateLabel").asText()).isEqualTo("Có nhiệm vụ quá hạn");
    assertCounts(row.get("counts"), 5, 1, 1, 2, 1);
    assertThat(row.get("counts").get("onTimePercent").asDouble()).isEqualTo(20.0);

    JsonNode detail = ok("stc.theodoi", "/api/compliance/directives/" + directiveId);
    assertThat(detail.get("nodes")).extracting(n -> n.get("unitCode").asText())
        .containsExactlyInAnyOrder("ngoc-hoi", "sct");
    JsonNode district = byUnit(detail.get("nodes"), "ngoc-hoi");
    assertThat(district.get("level").asInt()).isEqualTo(1);
    assertThat(district.get("subDispatch").asText()).matches("\\d{2,}/UBND-TCKH");
    assertThat(district.get("timeliness").asText()).isEqualTo("OPEN_WITHIN_TERM");
    assertCounts(district.get("counts"), 4, 1, 1, 1, 1);
    assertThat(district.get("processInstanceId").asText()).isNotBlank();
    assertThat(district.get("children")).extracting(n -> n.get("unitCode").asText() + ":"
        + n.get("timeliness").asText() + ":" + n.get("level").asInt())
        .containsExactlyInAnyOrder("bo-y:COMPLETED_ON_TIME:2", "dak-xu:COMPLETED_LATE:2", "plei-kan:OPEN_OVERDUE:2");
    JsonNode pleiKan = byUnit(district.get("children"), "plei-kan");
    assertThat(pleiKan.get("overdue").asBoolean()).isTrue();
    assertThat(pleiKan.get("daysOverdue").asLong())
        .isEqualTo(ChronoUnit.DAYS.between(communeDue, calendar.addWorkingDays(communeDue, 1)));
    assertThat(pleiKan.get("unitName").asText()).isEqualTo("UBND thị trấn Plei Kần");
    assertThat(pleiKan.get("timelinessLabel").asText()).isEqualTo("Quá hạn");
    assertThat(pleiKan.get("responsible").asText()).startsWith("Lãnh đạo đơn vị");
    JsonNode boY = byUnit(district.get("children"), "bo-y");
    assertThat(boY.get("processInstanceId").isNull()).as("a completed unit has no running instance").isTrue();
    assertThat(boY.get("responsible").asText()).isNotBlank().doesNotContain("bo-y.chuyenvien");
    assertThat(byUnit(district.get("children"), "dak-xu").get("daysOverdue").asLong()).isPositive();

    assertCounts(detail.get("perLevel").get("1"), 2, 0, 0, 2, 0);
    assertCounts(detail.get("perLevel").get("2"), 3, 1, 1, 0, 1);
    assertThat(detail.get("perUnit")).hasSize(5);
  }

  @Test
  void theListFiltersByIssuerPeriodAndState() {
    assertThat(ids(ok("stc.theodoi", "/api/compliance/directives?state=OVERDUE"))).contains(directiveId);
    assertThat(ids(ok("stc.theodoi", "/api/compliance/directives?state=COMPLETED"))).doesNotContain(directiveId);
    assertThat(ids(ok("stc.theodoi", "/api/compliance/directives?issuer=VPCP&period=" + period.code())))
        .contains(directiveId);
    assertThat(ids(ok("stc.theodoi", "/api/compliance/directives?issuer=TTG"))).doesNotContain(directiveId);
    assertThat(ids(ok("stc.theodoi", "/api/compliance/directives?period=2019"))).isEmpty();
    Api.Response bad = Api.as(port, "stc.theodoi").get("/api/compliance/directives?period=quy-3");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("Kỳ thống kê không hợp lệ");
  }

  @Test
  void theSummaryAndItsFilesGiveTheSameFigures() throws Exception {
    JsonNode summary = ok("chutich", "/api/compliance/summary?period=" + period.code());
    assertThat(summary.get("periodLabel").asText()).startsWith("Quý ");
    assertThat(summary.get("directives").asLong()).isEqualTo(1);
    assertCounts(summary.get("total"), 5, 1, 1, 2, 1);
    assertThat(summary.get("units")).hasSize(5);
    assertCounts(ok("chutich", "/api/compliance/summary?period=2019").get("total"), 0, 0, 0, 0, 0);

    HttpResponse<byte[]> csv = bytes("stc.theodoi", "/api/compliance/summary.csv?period=" + period.code());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFTình hình thực hiện nhiệm vụ – Quý ")
        .contains("STT,Đơn vị,Số nhiệm vụ được giao,Hoàn thành đúng hạn,Hoàn thành quá hạn")
        .contains(",UBND thị trấn Plei Kần,1,0,0,0,1,0.0,100.0")
        .contains(",Tổng cộng,5,1,1,2,1,20.0,20.0");

    HttpResponse<byte[]> xlsx = bytes("stc.theodoi", "/api/compliance/summary.xlsx?period=" + period.code());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElse(""))
        .contains("tinh-hinh-thuc-hien-nhiem-vu-" + period.code() + ".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Đơn vị");
      Row total = sheet.getRow(sheet.getLastRowNum());
      assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
      assertThat(List.of(total.getCell(2).getNumericCellValue(), total.getCell(3).getNumericCellValue(),
          total.getCell(4).getNumericCellValue(), total.getCell(5).getNumericCellValue(),
          total.getCell(6).getNumericCellValue())).containsExactly(5.0, 1.0, 1.0, 2.0, 1.0);
    }
  }

  @Test
  void aDistrictLeaderSeesOnlyTheDistrictsSubtree() {
    JsonNode row = find(ok("ngoc-hoi.lanhdao", "/api/compliance/directives"), directiveId);
    assertCounts(row.get("counts"), 4, 1, 1, 1, 1);
    JsonNode detail = ok("ngoc-hoi.lanhdao", "/api/compliance/directives/" + directiveId);
    assertThat(detail.get("nodes")).extracting(n -> n.get("unitCode").asText()).containsExactly("ngoc-hoi");
    assertThat(detail.toString()).doesNotContain("\"sct\"").doesNotContain("Sở Công Thương");
    assertThat(detail.get("perUnit")).extracting(u -> u.get("unitCode").asText())
        .containsExactlyInAnyOrder("ngoc-hoi", "bo-y", "dak-xu", "plei-kan");
    JsonNode summary = ok("ngoc-hoi.lanhdao", "/api/compliance/summary?period=" + period.code());
    assertCounts(summary.get("total"), 4, 1, 1, 1, 1);
    assertThat(summary.toString()).doesNotContain("Sở Công Thương");

    // a commune's leader: its own node only
    JsonNode commune = ok("bo-y.lanhdao", "/api/compliance/directives/" + directiveId);
    assertThat(commune.get("nodes")).extracting(n -> n.get("unitCode").asText()).containsExactly("bo-y");
    assertThat(commune.get("nodes").get(0).get("children")).isEmpty();
  }

  @Test
  void otherUnitsDataIsRefused() {
    Api.Response other = Api.as(port, "skhcn.lanhdao").get("/api/compliance/directives/" + directiveId);
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.body()).contains("chỉ xem được phần việc của đơn vị mình");
    assertThat(ids(ok("skhcn.lanhdao", "/api/compliance/directives"))).doesNotContain(directiveId);
    assertCounts(ok("skhcn.lanhdao", "/api/compliance/summary?period=" + period.code()).get("total"), 0, 0, 0, 0, 0);

    for (String path : List.of("/api/compliance/directives", "/api/compliance/directives/" + directiveId,
        "/api/compliance/summary", "/api/compliance/summary.csv", "/api/compliance/summary.xlsx")) {
      Api.Response specialist = Api.as(port, "ngoc-hoi.chuyenvien").get(path);
      assertThat(specialist.status()).as(path).isEqualTo(403);
      assertThat(Api.anonymous(port).get(path).status()).as(path).isEqualTo(401);
    }
    assertThat(Api.as(port, "stc.theodoi").get("/api/compliance/directives/999999").status()).isEqualTo(404);
  }

  @Test
  void reportRequestsCountTheUnitsReportsAndAUnitSeesOnlyItsOwn() {
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ComplianceScenario.VN);
    String requestNumber = (System.nanoTime() % 9_000 + 1_000) + "/STC-QLN";
    Api.Response created = Api.as(port, "stc.theodoi").postJson("/api/report-requests", Map.of(
        "requestNumber", requestNumber, "requestDate", today.toString(),
        "subject", "Báo cáo tình hình thực hiện Đề án phát triển kinh tế tuần hoàn",
        "unitTargets", List.of("skhcn", "sct"), "unitDeadline", today.plusDays(14).toString(),
        "sendDeadline", today.plusDays(30).toString(), "outline", "I. Triển khai; II. Kết quả; III. Kiến nghị"));
    assertThat(created.status()).as(created.body()).isIn(200, 201);
    cycle.executeJobs();
    cycle.asSystem();

    JsonNode row = findRequest(ok("stc.theodoi", "/api/compliance/report-requests"), requestNumber);
    assertCounts(row.get("counts"), 2, 0, 0, 2, 0);
    assertThat(row.get("state").asText()).isEqualTo("IN_PROGRESS");
    assertThat(row.get("statusLabel").asText()).isEqualTo("Đang nhận báo cáo của các đơn vị");
    long id = row.get("id").asLong();
    JsonNode detail = ok("stc.theodoi", "/api/compliance/report-requests/" + id);
    assertThat(detail.get("units")).extracting(u -> u.get("unitCode").asText() + ":" + u.get("timeliness").asText())
        .containsExactlyInAnyOrder("skhcn:OPEN_WITHIN_TERM", "sct:OPEN_WITHIN_TERM");
    assertThat(ok("stc.theodoi", "/api/compliance/report-requests?state=COMPLETED").toString())
        .doesNotContain(requestNumber);

    // the department's leader: its own row only; a commune's leader: nothing, and the request is refused
    assertCounts(findRequest(ok("skhcn.lanhdao", "/api/compliance/report-requests"), requestNumber).get("counts"),
        1, 0, 0, 1, 0);
    assertThat(ok("skhcn.lanhdao", "/api/compliance/report-requests/" + id).get("units"))
        .extracting(u -> u.get("unitCode").asText()).containsExactly("skhcn");
    assertThat(ok("bo-y.lanhdao", "/api/compliance/report-requests").toString()).doesNotContain(requestNumber);
    assertThat(Api.as(port, "bo-y.lanhdao").get("/api/compliance/report-requests/" + id).status()).isEqualTo(403);
  }

  static JsonNode findRequest(JsonNode rows, String number) {
    for (JsonNode r : rows) {
      if (r.get("requestNumber").asText().equals(number)) {
        return r;
      }
    }
    throw new AssertionError("report request " + number + " not in " + rows);
  }

  @Test
  void theWebappSessionReadsIt() {
    Api.Response viaSession = Api.tasklistSession(port, "stc.theodoi").get("/api/compliance/directives");
    assertThat(viaSession.status()).as(viaSession.body()).isEqualTo(200);
    assertThat(ids(viaSession.json())).contains(directiveId);
  }

  JsonNode ok(String user, String path) {
    Api.Response response = Api.as(port, user).get(path);
    assertThat(response.status()).as(user + " " + path + ": " + response.body()).isEqualTo(200);
    return response.json();
  }

  HttpResponse<byte[]> bytes(String user, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
            .getBytes(StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static List<Long> ids(JsonNode rows) {
    List<Long> ids = new ArrayList<>();
    rows.forEach(r -> ids.add(r.get("id").asLong()));
    return ids;
  }

  static JsonNode find(JsonNode rows, long id) {
    for (JsonNode r : rows) {
      if (r.get("id").asLong() == id) {
        return r;
      }
    }
    throw new AssertionError("directive " + id + " not in " + rows);
  }

  static JsonNode byUnit(JsonNode nodes, String unit) {
    for (JsonNode n : nodes) {
      if (n.get("unitCode").asText().equals(unit)) {
        return n;
      }
    }
    throw new AssertionError(unit + " not in " + nodes);
  }

  static void assertCounts(JsonNode c, long assigned, long onTime, long late, long within, long overdue) {
    assertThat(List.of(c.get("assigned").asLong(), c.get("completedOnTime").asLong(), c.get("completedLate").asLong(),
        c.get("openWithinTerm").asLong(), c.get("openOverdue").asLong()))
        .as("assigned, on time, late, within term, overdue in %s", c)
        .containsExactly(assigned, onTime, late, within, overdue);
  }
}
