package vn.cascade.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.cascade.common.Dates;
import vn.cascade.support.Api;

/**
 * Report requests for a named period (Decree 09/2019, Art. 12), through the REST API as the Finance coordinator: an
 * ad hoc request for "quý III năm 2025" made after the quarter ended carries the quarter and its cut-off dates into
 * the request, the unit's task and the unit's document; a periodic regime opens a past quarter that was never
 * requested (catch-up) with deadlines that can still be met, once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles({"test", "demo"})
class NamedPeriodIT {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired ReportRequestRepository requests;

  Api as(String user) {
    return Api.as(port, user);
  }

  static Map<String, Object> adHoc(String period) {
    Map<String, Object> form = ReportingCycleIT.requestForm(ReportingDriver.nextRequestNumber());
    form.put("unitTargets", List.of("skhcn"));
    form.put("subject", "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội");
    form.put("period", period);
    return form;
  }

  @Test
  void anAdHocRequestNamesAQuarterThatHasEnded() throws Exception {
    // given the third quarter of 2025, long over
    // when Finance asks for its report
    Api.Response created = as("stc.theodoi").postJson("/api/report-requests", adHoc("2025-Q3"));

    // then the request carries the quarter and its data window: 15/6 to 14/9/2025
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    long id = created.json().get("requestId").asLong();
    JsonNode view = as("stc.theodoi").get("/api/report-requests/" + id).json();
    assertThat(view.get("periodCode").asText()).isEqualTo("2025-Q3");
    assertThat(view.get("periodLabel").asText()).isEqualTo("quý III năm 2025");
    assertThat(view.get("cutoffStart").asText()).isEqualTo("2025-06-15");
    assertThat(view.get("cutoffEnd").asText()).isEqualTo("2025-09-14");
    // and so do the unit's task and the unit's report document
    String unitPid = unitReportPid(id, "skhcn");
    assertThat(runtimeService.getVariable(unitPid, UnitReportProcess.Vars.PERIOD_LABEL)).isEqualTo("quý III năm 2025");
    assertThat(as("skhcn.chuyenvien").complete(unitPid, UnitReportProcess.Elements.DRAFT,
        ReportingCycleIT.report("skhcn", "Hoàn thành các chỉ tiêu quý III.")).status()).isEqualTo(204);
    String unitReportId = view.get("units").get(0).get("unitReportId").asText();
    var docx = as("skhcn.lanhdao").download("/api/unit-reports/" + unitReportId + "/docx");
    assertThat(docx.statusCode()).isEqualTo(200);
    String text = ReportingDriver.text(docx.body());
    assertThat(text).contains("kỳ báo cáo quý III năm 2025", "số liệu từ ngày " + Dates.vn(LocalDate.of(2025, 6, 15))
        + " đến ngày " + Dates.vn(LocalDate.of(2025, 9, 14)));
  }

  @Test
  void aPeriodThatIsNotOneOrHasNotBegunIsRefusedAndNothingIsRecorded() {
    long before = requests.count();
    String future = ReportingPeriod.containing(PeriodKind.ANNUAL, TODAY).next().next().code();

    Api.Response malformed = as("stc.theodoi").postJson("/api/report-requests", adHoc("2025-Q5"));
    Api.Response notBegun = as("stc.theodoi").postJson("/api/report-requests", adHoc(future));

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.body()).contains("period", "Kỳ báo cáo '2025-Q5' không đúng dạng", "2025-Q3 (quý III");
    assertThat(notBegun.status()).isEqualTo(400);
    assertThat(notBegun.body()).contains("period", "chưa bắt đầu");
    assertThat(requests.count()).isEqualTo(before);
  }

  @Test
  void aRegimeCatchesUpAPastQuarterOnceWithDeadlinesThatCanBeMet() {
    // given a quarterly regime created today: the schedule only ever opens the current quarter
    Map<String, Object> regime = new LinkedHashMap<>();
    regime.put("name", "Báo cáo quý về cải cách hành chính " + System.nanoTime());
    regime.put("kind", "QUARTERLY");
    regime.put("subject", "Báo cáo công tác cải cách hành chính");
    regime.put("unitTargets", List.of("skhcn", "sct"));
    regime.put("unitWorkingDays", 2);
    Api.Response made = as("stc.theodoi").postJson("/api/report-regimes", regime);
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    long regimeId = made.json().get("id").asLong();
    String path = "/api/report-regimes/" + regimeId + "/periods/";

    // when Finance opens the first quarter of 2025, which nobody requested
    Api.Response opened = as("stc.theodoi").postJson(path + "2025-Q1", Map.of());

    // then one request for that quarter exists, for both units, and its deadlines lie ahead
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    long id = opened.json().get("requestId").asLong();
    JsonNode view = as("stc.theodoi").get("/api/report-requests/" + id).json();
    assertThat(view.get("periodCode").asText()).isEqualTo("2025-Q1");
    assertThat(view.get("periodLabel").asText()).isEqualTo("quý I năm 2025");
    assertThat(view.get("units").findValuesAsText("unitCode")).containsExactlyInAnyOrder("skhcn", "sct");
    assertThat(LocalDate.parse(view.get("unitDeadline").asText())).isAfter(TODAY);
    assertThat(LocalDate.parse(view.get("sendDeadline").asText()))
        .isAfter(LocalDate.parse(view.get("unitDeadline").asText()));
    // and it cannot be opened twice, nor a month of a quarterly regime, nor by a unit, nor for a regime that is not
    Api.Response twice = as("stc.theodoi").postJson(path + "2025-Q1", Map.of());
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.body()).contains("quý I năm 2025", "đã có yêu cầu báo cáo");
    assertThat(as("stc.theodoi").postJson(path + "2025-M01", Map.of()).body()).contains("không đúng dạng");
    assertThat(as("skhcn.lanhdao").postJson(path + "2025-Q2", Map.of()).status()).isEqualTo(403);
    assertThat(as("stc.theodoi").postJson("/api/report-regimes/999999/periods/2025-Q2", Map.of()).status())
        .isEqualTo(404);
    assertThat(requests.findAll().stream().filter(r -> Long.valueOf(regimeId).equals(r.getRegimeId()))).hasSize(1);
  }

  String unitReportPid(long requestId, String unit) {
    await().atMost(Duration.ofSeconds(60)).until(() -> as("stc.theodoi").get("/api/report-requests/" + requestId)
        .json().get("units").findValuesAsText("processInstanceId").stream().noneMatch(String::isEmpty));
    for (JsonNode u : as("stc.theodoi").get("/api/report-requests/" + requestId).json().get("units")) {
      if (unit.equals(u.get("unitCode").asText()) && u.hasNonNull("processInstanceId")) {
        return u.get("processInstanceId").asText();
      }
    }
    throw new AssertionError("No unit report of " + unit);
  }
}
