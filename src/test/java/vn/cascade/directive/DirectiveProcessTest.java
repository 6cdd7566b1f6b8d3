package vn.cascade.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static vn.cascade.support.CycleDriver.item;
import static vn.cascade.support.CycleDriver.nextIncomingNumber;
import static vn.cascade.support.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.common.InvalidInputException;
import vn.cascade.dispatch.Dispatch;
import vn.cascade.dispatch.DispatchRecipients;
import vn.cascade.dispatch.DispatchRepository;
import vn.cascade.dispatch.DispatchService;
import vn.cascade.dispatch.DispatchStatus;
import vn.cascade.review.ReviewRepository;
import vn.cascade.support.ProcessTestBase;

class DirectiveProcessTest extends ProcessTestBase {

  static final LocalDate ISSUED = LocalDate.of(2025, 1, 24);
  static final LocalDate DUE = LocalDate.now().plusDays(60);

  @Autowired IncomingDocumentRepository incoming;
  @Autowired DispatchRepository dispatches;
  @Autowired DispatchService dispatchService;
  @Autowired ManagementService managementService;
  @Autowired ReviewRepository reviews;

  static List<Map<String, Object>> sevenItemsOf562() {
    return List.of(
        item("Tiếp tục triển khai có hiệu quả các nhiệm vụ, giải pháp thực hiện Đề án.", "skhdt", DUE, "stc"),
        item("Tăng cường phổ biến, quán triệt, tuyên truyền nội dung Đề án.", "stnmt", DUE),
        item("Đào tạo nguồn nhân lực chất lượng cao cho kinh tế tuần hoàn.", "sldtbxh", DUE),
        item("Ứng dụng khoa học, công nghệ và đổi mới sáng tạo trong kinh tế tuần hoàn.", "skhcn", DUE, "sct"),
        item("Lồng ghép kinh tế tuần hoàn vào quy hoạch, kế hoạch; quản lý chất thải.", "ngoc-hoi", DUE));
  }

  @Test
  void registeredDirectiveWaitsForTheProvincialLeader() {
    // when the clerk registers 646/VPCP-KTTH
    String number = nextIncomingNumber();
    String pid = cycle.register(number, ISSUED, LocalDate.of(2025, 12, 31));

    // then the provincial leaders have the decision task, and the document is recorded
    ProcessInstance pi = runtimeService().createProcessInstanceQuery().processInstanceId(pid).singleResult();
    assertThat(pi).isWaitingAt(DirectiveProcess.Elements.DECIDE).task().hasCandidateGroup("province-leaders");
    assertThat(pi.getBusinessKey()).isEqualTo(number);
    IncomingDocument doc = incoming.findByProcessInstanceId(pid).orElseThrow();
    assertThat(doc.getNumberSymbol()).isEqualTo(number);
    assertThat(doc.getIssuerCode()).isEqualTo("vpcp");
    assertThat(doc.getRegisteredBy()).isEqualTo("vanthu");
  }

  @Test
  void approvedDispatchIsNumberedAndStartsOneAssignmentPerUnit() {
    // given a directive whose dispatch is drafted, submitted and approved
    String pid = cycle.approvedDispatch(nextIncomingNumber(), ISSUED, sevenItemsOf562());
    ProcessInstance pi = runtimeService().createProcessInstanceQuery().processInstanceId(pid).singleResult();

    // then numbering waits for the job executor, so the leader's click returns at once
    assertThat(pi).isWaitingAt(DirectiveProcess.Elements.ISSUE);

    // when numbering has run, the seven units wait for one job (a batch: cascade.dispatch.batch-size is 50)
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pid).singleResult().getId());
    assertThat(managementService.createJobQuery().processInstanceId(pid).activityId(DirectiveProcess.Elements.ASSIGN_UNITS).list())
        .singleElement().satisfies(job -> assertThat(((JobEntity) job).isExclusive()).isFalse());
    assertThat(cycle.assignments(pid)).isEmpty();

    // when the jobs run
    cycle.executeJobs();

    // then the dispatch has its number of the year under the province's symbol
    Dispatch dispatch = dispatches.findByProcessInstanceId(pid).orElseThrow();
    assertThat(dispatch.getStatus()).isEqualTo(DispatchStatus.ISSUED);
    assertThat(dispatch.getNumberSymbol()).matches("\\d{2,}/UBND-KTTH");
    assertThat(dispatch.getIssueYear()).isEqualTo(LocalDate.now().getYear());
    // and every lead and cooperating unit has its own assignment waiting for its leader
    Map<String, String> assignments = cycle.assignments(pid);
    assertThat(assignments.keySet())
        .containsExactlyInAnyOrder("skhdt", "stc", "stnmt", "sldtbxh", "skhcn", "sct", "ngoc-hoi");
    assignments.forEach((unit, apid) -> assertThat(
        runtimeService().createProcessInstanceQuery().processInstanceId(apid).singleResult())
        .isWaitingAt(AssignmentProcess.Elements.RECEIVE).task().hasCandidateGroup(unit + "-leaders"));
    // standalone instances under the directive's business key (no call activity holding thousands of executions)
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(pi.getBusinessKey())
        .processDefinitionKey(AssignmentProcess.KEY).count()).isEqualTo(7);
    assertThat(runtimeService().createProcessInstanceQuery().superProcessInstanceId(pid).count()).isZero();
    assertThat(pi).isWaitingAt(DirectiveProcess.Elements.WAIT_ASSIGNMENTS);
  }

  @Test
  void recipientUnitsAreSplitIntoBatchesThatFitAStringVariable() {
    // given an issued dispatch to seven units
    String pid = cycle.approvedDispatch(nextIncomingNumber(), ISSUED, sevenItemsOf562());
    cycle.executeJobs();
    Long dispatchId = dispatches.findByProcessInstanceId(pid).orElseThrow().getId();

    // when its recipients are cut into batches of three
    List<String> batches = new DispatchRecipients(dispatchService, 3).batches(dispatchId);

    // then three batches hold every unit once, in order
    assertThat(batches).hasSize(3);
    assertThat(batches.stream().flatMap(b -> DispatchRecipients.unitsOf(b).stream()).toList())
        .containsExactlyElementsOf(dispatchService.recipients(dispatchId));
    assertThat(DispatchRecipients.unitsOf(batches.get(2))).hasSize(1);
    // and a batch size whose batch could outgrow a 4,000-character variable is refused
    assertThatThrownBy(() -> new DispatchRecipients(dispatchService, 61))
        .hasMessageContaining("cascade.dispatch.batch-size");
  }

  @Test
  void dispatchesGetConsecutiveNumbersPerIssuerAndYear() {
    String first = cycle.approvedDispatch(nextIncomingNumber(), ISSUED, List.of(item("Nhiệm vụ A.", "stc", DUE)));
    String second = cycle.approvedDispatch(nextIncomingNumber(), ISSUED, List.of(item("Nhiệm vụ B.", "stc", DUE)));
    cycle.executeJobs();

    int a = dispatches.findByProcessInstanceId(first).orElseThrow().getDocNumber();
    int b = dispatches.findByProcessInstanceId(second).orElseThrow().getDocNumber();
    assertThat(Math.abs(a - b)).isEqualTo(1);
  }

  @Test
  void allDepartmentsTargetReachesEveryDepartment() {
    String pid = cycle.approvedDispatch(nextIncomingNumber(), ISSUED,
        List.of(item("Các sở, ban, ngành triển khai Đề án.", "ALL_DEPARTMENTS", DUE)));
    cycle.executeJobs();

    assertThat(cycle.assignments(pid)).hasSize(12).containsKeys("skhdt", "stc", "nhnn", "bdbp");
  }

  @Test
  void provincialLeaderReturnsDraftWithReasonAndAdvisoryResubmits() {
    // given a submitted draft
    String pid = cycle.register(nextIncomingNumber(), ISSUED, null);
    cycle.decide(pid, "skhdt", DUE);
    cycle.draft(pid, "skhdt.chuyenvien", List.of(item("Nhiệm vụ.", "stc", DUE)));
    cycle.submit(pid, "skhdt.lanhdao");

    // when the provincial leader returns it
    cycle.complete(pid, DirectiveProcess.Elements.APPROVE, "chutich",
        Map.of("approvalDecision", "return", "returnReason", "Bổ sung nhiệm vụ cho UBND huyện Ngọc Hồi."));

    // then it is back with the advisory specialists, the reason shown
    ProcessInstance pi = runtimeService().createProcessInstanceQuery().processInstanceId(pid).singleResult();
    assertThat(pi).isWaitingAt(DirectiveProcess.Elements.DRAFT).task().hasCandidateGroup("skhdt-staff");
    assertThat(pi).variables().containsEntry("returnReason", "Bổ sung nhiệm vụ cho UBND huyện Ngọc Hồi.");

    // when the draft is completed and resubmitted, then approved
    cycle.draft(pid, "skhdt.chuyenvien",
        List.of(item("Nhiệm vụ.", "stc", DUE), item("Nhiệm vụ của huyện.", "ngoc-hoi", DUE)));
    cycle.submit(pid, "skhdt.lanhdao");
    cycle.approve(pid);
    cycle.executeJobs();

    // then both rounds are in the history, and the dispatch went out with the revised items
    assertThat(reviews.findByProcessInstanceIdOrderByDecidedAtAscIdAsc(pid))
        .extracting(r -> r.getStep() + ":" + r.getDecision() + ":" + r.getActor())
        .containsExactly("SubmitDraft:submit:skhdt.lanhdao", "ApproveDispatch:return:chutich",
            "SubmitDraft:submit:skhdt.lanhdao", "ApproveDispatch:approve:chutich");
    assertThat(cycle.assignments(pid)).containsOnlyKeys("stc", "ngoc-hoi");
  }

  @Test
  void draftFromTheTasklistFormSlotsBecomesTheDispatchItems() {
    String pid = cycle.register(nextIncomingNumber(), ISSUED, null);
    cycle.decide(pid, "skhdt", DUE);

    // as Tasklist sends the form: numbered slots, the cooperating units as a Json list
    Map<String, Object> form = new java.util.HashMap<>();
    form.put("dispatchSummary", "V/v triển khai Công văn số 646/VPCP-KTTH");
    form.put("dispatchSymbol", "KTTH");
    form.put("item1Text", "Tiếp tục triển khai Đề án.");
    form.put("item1LeadUnit", "stc");
    form.put("item1DueDate", DUE.toString());
    form.put("item1CooperatingUnits", vn.cascade.common.JsonVariables.json(List.of("sct", "sxd")));
    form.put("item2Text", "Tuyên truyền về kinh tế tuần hoàn.");
    form.put("item2LeadUnit", "ALL_LOCAL");
    form.put("item2DueDate", DUE.toString());
    cycle.complete(pid, DirectiveProcess.Elements.DRAFT, "skhdt.chuyenvien", form);

    Dispatch dispatch = dispatches.findWithItemsById(dispatches.findByProcessInstanceId(pid).orElseThrow().getId())
        .orElseThrow();
    assertThat(dispatch.getItems()).extracting(i -> i.getItemNo() + ":" + i.getLeadTarget() + ":" + i.getCooperatingCodes())
        .containsExactly("1:stc:[sct, sxd]", "2:ALL_LOCAL:[]");
    assertThat(runtimeService().getVariable(pid, "items").toString()).contains("Tuyên truyền");

    // a half-filled slot is reported, not dropped
    String other = cycle.register(nextIncomingNumber(), ISSUED, null);
    cycle.decide(other, "skhdt", DUE);
    Map<String, Object> half = new java.util.HashMap<>(form);
    half.remove("item2LeadUnit");
    assertThat(refused(() -> cycle.complete(other, DirectiveProcess.Elements.DRAFT, "skhdt.chuyenvien", half)).getMessage())
        .contains("Nhiệm vụ 2: chưa chọn đơn vị chủ trì");
  }

  @Test
  void advisoryLeaderSendsDraftBackToSpecialist() {
    String pid = cycle.register(nextIncomingNumber(), ISSUED, null);
    cycle.decide(pid, "skhdt", DUE);
    cycle.draft(pid, "skhdt.chuyenvien", List.of(item("Nhiệm vụ.", "stc", DUE)));

    cycle.complete(pid, DirectiveProcess.Elements.SUBMIT, "skhdt.lanhdao",
        Map.of("leaderDecision", "revise", "leaderComment", "Nêu rõ thời hạn báo cáo."));

    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pid).singleResult())
        .isWaitingAt(DirectiveProcess.Elements.DRAFT);
  }

  @Test
  void returnWithoutReasonIsRefused() {
    String pid = cycle.register(nextIncomingNumber(), ISSUED, null);
    cycle.decide(pid, "skhdt", DUE);
    cycle.draft(pid, "skhdt.chuyenvien", List.of(item("Nhiệm vụ.", "stc", DUE)));
    cycle.submit(pid, "skhdt.lanhdao");

    assertThat(refused(() -> cycle.complete(pid, DirectiveProcess.Elements.APPROVE, "chutich", Map.of("approvalDecision", "return"))))
        .hasMessageContaining("lý do");
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pid).singleResult())
        .isWaitingAt(DirectiveProcess.Elements.APPROVE);
  }

  @Test
  void draftWithUnknownUnitOrPastDueDateIsRefusedAndNothingSaved() {
    String pid = cycle.register(nextIncomingNumber(), ISSUED, LocalDate.now().plusDays(90));
    cycle.decide(pid, "skhdt", DUE);

    assertThat(refused(() -> cycle.draft(pid, "skhdt.chuyenvien", List.of(
        item("Nhiệm vụ.", "so-khong-ton-tai", DUE),
        item("Nhiệm vụ quá hạn.", "stc", LocalDate.now().minusDays(1)),
        item("Nhiệm vụ muộn hơn hạn Trung ương.", "stc", LocalDate.now().plusDays(120))))).errors())
        .extracting(InvalidInputException.FieldError::message)
        .anySatisfy(m -> assertThat(m).contains("Nhiệm vụ 1").contains("Không tìm thấy đơn vị 'so-khong-ton-tai'"))
        .anySatisfy(m -> assertThat(m).contains("Nhiệm vụ 2").contains("đã qua"))
        .anySatisfy(m -> assertThat(m).contains("Nhiệm vụ 3").contains("muộn hơn thời hạn cấp trên"));
    assertThat(dispatches.findByProcessInstanceId(pid)).isEmpty();
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pid).singleResult())
        .isWaitingAt(DirectiveProcess.Elements.DRAFT);
  }

  @Test
  void duplicateNumberOfSameIssuerAndYearIsRefused() {
    String number = nextIncomingNumber();
    cycle.register(number, ISSUED, null);
    long before = runtimeService().createProcessInstanceQuery().processDefinitionKey(DirectiveProcess.KEY).count();

    assertThatThrownBy(() -> cycle.register(number, ISSUED.plusDays(3), null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("đã được đăng ký");
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(DirectiveProcess.KEY).count())
        .isEqualTo(before);
    // the same number in another year is another document
    cycle.register(number, ISSUED.minusYears(1), null);
  }

  @Test
  void registrationReportsEveryProblemAtOnce() {
    Map<String, Object> bad = cycle.registration("", ISSUED, ISSUED.minusDays(1));
    bad.put("incomingIssuer", "khong-co");
    bad.put("incomingSummary", " ");

    assertThatThrownBy(() -> cycle.register(bad))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(InvalidInputException.FieldError::field)
            .contains("incomingNumber", "centralDeadline", "incomingIssuer", "incomingSummary"));
    assertThat(incoming.count()).isPositive(); // other tests' documents; none of this one:
    assertThat(incoming.findAll()).noneMatch(d -> d.getNumberSymbol().isBlank());
  }

  @Test
  void clerkOfAnotherUnitCannotRegister() {
    cycle.as("stc.chuyenvien");
    assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(DirectiveProcess.KEY,
        cycle.registration(nextIncomingNumber(), ISSUED, null)))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
  }
}
