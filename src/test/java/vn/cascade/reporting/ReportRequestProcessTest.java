package vn.cascade.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static vn.cascade.reporting.ReportingDriver.nextRequestNumber;
import static vn.cascade.reporting.ReportingDriver.requestForm;
import static vn.cascade.support.Refusals.refused;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cascade.common.InvalidInputException;
import vn.cascade.reporting.ReportRequestProcess.Elements;
import vn.cascade.reporting.ReportingService.UnitState;
import vn.cascade.review.ReviewRepository;
import vn.cascade.support.ProcessTestBase;

class ReportRequestProcessTest extends ProcessTestBase {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  @Autowired ReportingDriver driver;
  @Autowired ReportingService reporting;
  @Autowired ReportRegimeService regimeService;
  @Autowired ReportDocuments documents;
  @Autowired ReportRequestRepository requests;
  @Autowired UnitReportRepository unitReports;
  @Autowired UnitReportVersionRepository versions;
  @Autowired ReviewRepository reviews;

  LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** Sở KH&CN and Sở Công Thương must report within two weeks; their reports have started. */
  String requestToTwoUnits() {
    String pid = driver.request(requestForm(nextRequestNumber(), today(), List.of("skhcn", "sct"),
        today().plusDays(14), today().plusDays(30)));
    cycle.executeJobs();
    return pid;
  }

  ProcessInstance instance(String pid) {
    return runtimeService().createProcessInstanceQuery().processInstanceId(pid).singleResult();
  }

  ReportRequest requestOf(String pid) {
    return requests.findByProcessInstanceId(pid).orElseThrow();
  }

  Map<String, UnitState> states(String pid) {
    Map<String, UnitState> states = new java.util.LinkedHashMap<>();
    reporting.states(requestOf(pid).getId()).forEach(s -> states.put(s.unitCode(), s));
    return states;
  }

  static Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(ZONE).toInstant());
  }

  @Test
  void everyUnitGetsItsReportTaskAndStartsNotStarted() {
    // when the coordinator requests reports from two units
    String pid = requestToTwoUnits();

    // then each unit's specialists have a drafting task due on the units' deadline, and both are "not started"
    Map<String, String> units = driver.unitReports(pid);
    assertThat(units).containsOnlyKeys("skhcn", "sct");
    ProcessInstance skhcn = instance(units.get("skhcn"));
    assertThat(skhcn).isWaitingAt(UnitReportProcess.Elements.DRAFT).task().hasCandidateGroup("skhcn-staff");
    assertThat(cycle.task(units.get("skhcn"), UnitReportProcess.Elements.DRAFT).getDueDate())
        .isEqualTo(Date.from(requestOf(pid).getUnitDeadline().atTime(23, 59, 59).atZone(ZONE).toInstant()));
    assertThat(skhcn).variables().containsEntry("unitName", "Sở Khoa học và Công nghệ")
        .containsKeys("requestNumber", "subject", "outline", "docxLink");
    assertThat(states(pid).values()).extracting(UnitState::status).containsOnly(UnitReportStatus.NOT_STARTED);
    assertThat(instance(pid)).isWaitingAt(Elements.COLLECT);
  }

  @Test
  void acceptedReportsOfEveryUnitAreConsolidatedSideBySide() {
    String pid = requestToTwoUnits();
    Map<String, String> units = driver.unitReports(pid);

    // when Sở KH&CN drafts, its leader signs and Finance accepts
    driver.draft(units.get("skhcn"), "skhcn", "Tiếp nhận 42 hồ sơ đăng ký kiểm tra chất lượng hàng hóa nhập khẩu.");
    assertThat(states(pid).get("skhcn").status()).isEqualTo(UnitReportStatus.DRAFTING);
    driver.sign(units.get("skhcn"), "skhcn", UnitReportProcess.APPROVE, null);
    UnitState submitted = states(pid).get("skhcn");
    assertThat(submitted.status()).isEqualTo(UnitReportStatus.SUBMITTED);
    assertThat(submitted.reportNumber()).matches("\\d{2,}/BC-SKHCN");
    assertThat(submitted.submittedOnTime()).isTrue();
    assertThat(instance(units.get("skhcn"))).isWaitingAt(UnitReportProcess.Elements.REVIEW).task()
        .hasCandidateGroup("finance-coordinators");
    driver.review(units.get("skhcn"), UnitReportProcess.ACCEPT, null);

    // then the request still waits for Sở Công Thương
    assertThat(states(pid).get("skhcn").status()).isEqualTo(UnitReportStatus.ACCEPTED);
    assertThat(instance(pid)).isWaitingAt(Elements.COLLECT);

    // when Sở Công Thương's report is accepted too
    driver.reportAccepted(units.get("sct"), "sct");

    // then the coordinator consolidates: each section gathers every unit, with the unit named
    assertThat(instance(pid)).isWaitingAt(Elements.CONSOLIDATE).task().hasCandidateGroup("finance-coordinators");
    assertThat(instance(pid)).variables().containsEntry("missingUnits", "");
    String achieved = (String) runtimeService().getVariable(pid, "consAchieved");
    assertThat(achieved).contains("- Sở Khoa học và Công nghệ: Tiếp nhận 42 hồ sơ")
        .contains("- Sở Công Thương: Hỗ trợ trên 500 lượt");
    assertThat(runtimeService().getVariable(pid, "unitReports").toString())
        .contains("Sở Khoa học và Công nghệ").contains("Sở Công Thương").contains("BC-SKHCN");
    assertThat(runtimeService().getVariable(pid, "consFigures").toString()).contains("Số doanh nghiệp được hỗ trợ");
    assertThat(requestOf(pid).getStatus()).isEqualTo(ReportRequestStatus.CONSOLIDATING);
  }

  /**
   * Tasklist sends the figures as the form's numbered rows (figure1Indicator, ...): they become the version's
   * figures and the leader's table; a row without its value is refused in Vietnamese.
   */
  @Test
  void figuresEnteredAsTheFormsRowsAreKeptAndShownToTheLeader() {
    String pid = requestToTwoUnits();
    String skhcn = driver.unitReports(pid).get("skhcn");
    Map<String, Object> vars = ReportingDriver.report("skhcn", "Hỗ trợ trên 500 lượt doanh nghiệp tiếp cận kinh tế tuần hoàn.");
    vars.put("figure1Indicator", "Số doanh nghiệp được hỗ trợ");
    vars.put("figure1Measure", "doanh nghiệp");
    vars.put("figure1Value", "");
    assertThat(refused(() -> cycle.complete(skhcn, UnitReportProcess.Elements.DRAFT, "skhcn.chuyenvien", vars))
        .getMessage()).contains("Số liệu dòng 1: chưa nhập giá trị.");

    vars.put("figure1Value", "500");
    vars.put("figure2Indicator", "Số hồ sơ công bố hợp chuẩn");
    vars.put("figure2Value", "05");
    cycle.complete(skhcn, UnitReportProcess.Elements.DRAFT, "skhcn.chuyenvien", vars);

    assertThat(instance(skhcn)).isWaitingAt(UnitReportProcess.Elements.SIGN);
    List<Map<String, Object>> shown = vn.cascade.common.JsonVariables.listOfObjects(
        runtimeService().getVariableTyped(skhcn, "figures"));
    assertThat(shown).extracting(f -> f.get("indicator") + "=" + f.get("value"))
        .containsExactly("Số doanh nghiệp được hỗ trợ=500", "Số hồ sơ công bố hợp chuẩn=05");
    UnitReport report = unitReports.findByProcessInstanceId(skhcn).orElseThrow();
    assertThat(versions.findByUnitReportIdOrderByVersionNo(report.getId()).get(0).content().figuresJson())
        .contains("Số hồ sơ công bố hợp chuẩn");
  }

  @Test
  void returnedReportIsRevisedAndEveryVersionIsKept() {
    String pid = requestToTwoUnits();
    String skhcn = driver.unitReports(pid).get("skhcn");

    // the unit leader returns the first draft to the specialist
    driver.draft(skhcn, "skhcn", "Bản nháp đầu tiên của báo cáo kết quả.");
    driver.sign(skhcn, "skhcn", UnitReportProcess.RETURN, "Bổ sung số liệu hồ sơ công bố hợp chuẩn.");
    assertThat(instance(skhcn)).isWaitingAt(UnitReportProcess.Elements.DRAFT);
    assertThat(states(pid).get("skhcn").status()).isEqualTo(UnitReportStatus.DRAFTING);

    // the second draft is signed, and Finance returns it with comments
    driver.draft(skhcn, "skhcn", "Tiếp nhận 42 hồ sơ; 05 hồ sơ công bố hợp chuẩn; 04 hồ sơ công bố hợp quy.");
    driver.sign(skhcn, "skhcn", UnitReportProcess.APPROVE, null);
    String firstNumber = states(pid).get("skhcn").reportNumber();
    driver.review(skhcn, UnitReportProcess.RETURN, "Đề nghị nêu rõ khó khăn về nguồn lực.");

    // then the unit revises with Finance's comment in front of it
    assertThat(instance(skhcn)).isWaitingAt(UnitReportProcess.Elements.DRAFT).task().hasCandidateGroup("skhcn-staff");
    assertThat(instance(skhcn)).variables().containsEntry("acceptComment", "Đề nghị nêu rõ khó khăn về nguồn lực.");
    assertThat(states(pid).get("skhcn").status()).isEqualTo(UnitReportStatus.RETURNED);

    // when the revised report is signed again and accepted
    driver.draft(skhcn, "skhcn", "Tiếp nhận 42 hồ sơ; khó khăn: thiếu nhân lực chuyên trách.");
    driver.sign(skhcn, "skhcn", UnitReportProcess.APPROVE, null);
    driver.review(skhcn, UnitReportProcess.ACCEPT, null);

    // then every version is kept, the two signed ones with their own numbers
    UnitReport report = unitReports.findByProcessInstanceId(skhcn).orElseThrow();
    List<UnitReportVersion> all = versions.findByUnitReportIdOrderByVersionNo(report.getId());
    assertThat(all).extracting(UnitReportVersion::getVersionNo).containsExactly(1, 2, 3);
    assertThat(all.get(0).getSignedBy()).isNull();
    assertThat(all.get(1).getNumberSymbol()).isEqualTo(firstNumber);
    assertThat(all.get(2).getNumberSymbol()).isNotEqualTo(firstNumber).matches("\\d{2,}/BC-SKHCN");
    assertThat(all.get(2).content().achieved()).contains("thiếu nhân lực");
    assertThat(report.getStage()).isEqualTo(UnitReportStage.ACCEPTED);
    assertThat(reviews.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(skhcn))
        .extracting(e -> e.getStep() + ":" + e.getDecision())
        .containsExactly("SignUnitReport:return", "SignUnitReport:approve", "ReviewUnitReport:return",
            "SignUnitReport:approve", "ReviewUnitReport:accept");
  }

  @Test
  void unitThatNeverReportsIsLateThenListedMissingWhenCollectionCloses() {
    String pid = requestToTwoUnits();
    Map<String, String> units = driver.unitReports(pid);
    driver.reportAccepted(units.get("skhcn"), "skhcn");
    ReportRequest request = requestOf(pid);

    // the day after the units' deadline, Sở Công Thương is late but can still report
    ClockUtil.setCurrentTime(at(request.getUnitDeadline().plusDays(1), 9));
    assertThat(states(pid).get("sct").status()).isEqualTo(UnitReportStatus.LATE);
    cycle.executeJobs();
    assertThat(instance(pid)).isWaitingAt(Elements.COLLECT);

    // when the collection closes
    ClockUtil.setCurrentTime(at(request.getCollectionCloses().plusDays(1), 0));
    cycle.executeJobs();

    // then consolidation starts with Sở Công Thương listed missing, its report task withdrawn
    assertThat(instance(pid)).isWaitingAt(Elements.CONSOLIDATE);
    assertThat(instance(units.get("sct"))).isNull();
    assertThat(states(pid).get("sct").status()).isEqualTo(UnitReportStatus.MISSING);
    assertThat(states(pid).get("skhcn").status()).isEqualTo(UnitReportStatus.ACCEPTED);
    assertThat(instance(pid)).variables().containsEntry("missingUnits", "Sở Công Thương");
    assertThat((String) runtimeService().getVariable(pid, "consAchieved"))
        .contains("Sở Khoa học và Công nghệ").doesNotContain("Sở Công Thương");
  }

  /** A request of one unit, accepted and consolidated: waiting at the coordinator's consolidation. */
  String consolidating() {
    String pid = driver.request(requestForm(nextRequestNumber(), today(), List.of("skhcn"), today().plusDays(14),
        today().plusDays(30)));
    cycle.executeJobs();
    driver.reportAccepted(driver.unitReports(pid).get("skhcn"), "skhcn");
    assertThat(instance(pid)).isWaitingAt(Elements.CONSOLIDATE);
    return pid;
  }

  void submitConsolidated(String pid) {
    Map<String, Object> edited = new java.util.HashMap<>();
    edited.put("consPlanning", runtimeService().getVariable(pid, "consPlanning"));
    edited.put("consAchieved", runtimeService().getVariable(pid, "consAchieved") + "\nToàn tỉnh hỗ trợ 500 doanh nghiệp.");
    edited.put("consDifficulties", runtimeService().getVariable(pid, "consDifficulties"));
    edited.put("consProposals", runtimeService().getVariable(pid, "consProposals"));
    cycle.complete(pid, Elements.CONSOLIDATE, "stc.theodoi", edited);
  }

  @Test
  void approvedConsolidatedReportIsNumberedAndRecordedAsSent() throws Exception {
    String pid = consolidating();

    // when the coordinator submits the edited draft and the provincial leader approves
    submitConsolidated(pid);
    assertThat(instance(pid)).isWaitingAt(Elements.APPROVE).task().hasCandidateGroup("province-leaders");
    assertThat(requestOf(pid).getStatus()).isEqualTo(ReportRequestStatus.IN_APPROVAL);
    cycle.complete(pid, Elements.APPROVE, "chutich", Map.of("reportApproval", "approve"));
    cycle.executeJobs();

    // then the report is numbered in the province's series and recorded as sent upward
    assertThat(instance(pid)).isNull();
    ReportRequest request = requestOf(pid);
    assertThat(request.getStatus()).isEqualTo(ReportRequestStatus.SENT);
    assertThat(request.getReportNumberSymbol()).matches("\\d{2,}/BC-UBND");
    assertThat(request.getSentAt()).isNotNull();
    assertThat(request.getApprovedBy()).isEqualTo("chutich");

    // and its .docx has every part Decree 30/2020 requires
    String docx = ReportingDriver.text(documents.consolidated(request.getId()));
    assertThat(docx).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN TỈNH KON TUM", "Số: " + request.getReportNumberSymbol(), "Kon Tum, ngày ", "BÁO CÁO",
        "Báo cáo tình hình thực hiện Đề án phát triển kinh tế tuần hoàn năm 2025",
        "I. Tình hình xây dựng kế hoạch", "1. Kết quả đạt được", "2. Khó khăn, tồn tại", "III. Giải pháp, kiến nghị",
        "Toàn tỉnh hỗ trợ 500 doanh nghiệp", "Sở Khoa học và Công nghệ", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
        "Nguyễn Văn Hòa", "Nơi nhận:", "- Bộ Tài chính;", "- Lưu: VT, STC.");
  }

  @Test
  void returnedConsolidatedReportGoesBackToTheCoordinator() {
    String pid = consolidating();
    submitConsolidated(pid);

    // when the provincial leader returns it with a reason
    cycle.complete(pid, Elements.APPROVE, "chutich",
        Map.of("reportApproval", "return", "reportReturnReason", "Bổ sung đánh giá chung toàn tỉnh."));

    // then the coordinator has it again, with the reason, and the decision is in the history
    assertThat(instance(pid)).isWaitingAt(Elements.CONSOLIDATE);
    assertThat(instance(pid)).variables().containsEntry("reportReturnReason", "Bổ sung đánh giá chung toàn tỉnh.");
    assertThat(requestOf(pid).getStatus()).isEqualTo(ReportRequestStatus.CONSOLIDATING);
    assertThat(reviews.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(pid))
        .extracting(e -> e.getDecision() + ":" + e.getComment())
        .containsExactly("return:Bổ sung đánh giá chung toàn tỉnh.");

    // a return without a reason is refused
    submitConsolidated(pid);
    assertThat(refused(() -> cycle.complete(pid, Elements.APPROVE, "chutich", Map.of("reportApproval", "return")))
        .getMessage()).contains("lý do");
  }

  @Test
  void badRequestIsRefusedWithEveryProblemAndStartsNothing() {
    long before = requests.count();
    Map<String, Object> form = requestForm("2137 STC", today().plusDays(3), List.of("skhcn", "khong-ton-tai"),
        today().plusDays(10), today().plusDays(11));

    InvalidInputException refusal = refused(() -> driver.request(form));

    assertThat(refusal.errors()).extracting(InvalidInputException.FieldError::field)
        .contains("requestNumber", "requestDate", "unitTargets", "sendDeadline");
    assertThat(refusal.getMessage()).contains("không đúng dạng số/ký hiệu").contains("Không tìm thấy đơn vị");
    assertThat(requests.count()).isEqualTo(before);
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ReportRequestProcess.KEY)
        .variableValueEquals("requestNumber", "2137 STC").count()).isZero();
  }

  @Test
  void sameRequestNumberCannotBeUsedTwiceInAYear() {
    String number = nextRequestNumber();
    driver.request(requestForm(number, today(), List.of("skhcn"), today().plusDays(14), today().plusDays(30)));

    assertThat(refused(() -> driver.request(requestForm(number, today(), List.of("sct"), today().plusDays(14),
        today().plusDays(30)))).getMessage()).contains("đã được dùng");
  }

  @Test
  void periodicRegimeOpensOneRequestPerPeriodOnSchedule() {
    ReportRegime regime = regimeService.create(new ReportRegimeService.RegimeInput(
        "Báo cáo tháng tình hình thực hiện Đề án kinh tế tuần hoàn", "MONTHLY",
        "Báo cáo tình hình thực hiện Đề án phát triển kinh tế tuần hoàn", null, List.of("skhcn", "sct"),
        "Theo đề cương tại Phụ lục", 2, 5, null), "stc.theodoi");
    try {
      // given the day is Wed 10/9/2025, within five working days of the September cut-off (Sun 14/9)
      ClockUtil.setCurrentTime(at(LocalDate.of(2025, 9, 10), 7));

      // when the daily schedule runs (twice)
      runSchedule();
      runSchedule();

      // then one request for September is open, with the cut-off window and a deadline per level
      List<ProcessInstance> opened = runtimeService().createProcessInstanceQuery()
          .processDefinitionKey(ReportRequestProcess.KEY).processInstanceBusinessKey("regime-" + regime.getId()
              + "/2025-M09").list();
      assertThat(opened).hasSize(1);
      ReportRequest request = requestOf(opened.get(0).getId());
      assertThat(request.getPeriodLabel()).isEqualTo("tháng 9 năm 2025");
      assertThat(request.getCutoffStart()).isEqualTo(LocalDate.of(2025, 8, 15));
      assertThat(request.getCutoffEnd()).isEqualTo(LocalDate.of(2025, 9, 14));
      assertThat(request.getUnitDeadline()).isEqualTo(LocalDate.of(2025, 9, 16));
      assertThat(request.getFinanceDeadline()).isEqualTo(LocalDate.of(2025, 9, 24));
      assertThat(request.getSendDeadline()).isEqualTo(LocalDate.of(2025, 9, 25));
      assertThat(reporting.unitCodes(request.getId())).containsExactly("skhcn", "sct");
      runtimeService().deleteProcessInstance(opened.get(0).getId(), "test cleanup");
    } finally {
      regimeService.setActive(regime.getId(), false);
    }
  }

  void runSchedule() {
    Job tick = managementService().createJobQuery().processDefinitionKey(ReportRequestProcess.SCHEDULE_KEY)
        .timers().singleResult();
    assertThat(tick).as("the report-schedule timer").isNotNull();
    managementService().executeJob(tick.getId());
  }
}
