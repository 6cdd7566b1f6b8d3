package vn.cascade.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.cascade.support.CycleDriver.item;
import static vn.cascade.support.CycleDriver.nextIncomingNumber;
import static vn.cascade.support.Refusals.refused;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.assignment.Rollup;
import vn.cascade.assignment.Timeliness;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.common.JsonVariables;
import vn.cascade.directive.IncomingDocumentRepository;
import vn.cascade.support.ProcessTestBase;

/**
 * Province → district → communes, as with 562/UBND-KTTH and Ngọc Hồi's re-dispatch: the district dispatches its
 * task to its communes as its own numbered document, waits for them (or its own due date) and consolidates.
 */
class CascadeProcessTest extends ProcessTestBase {

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  static final List<String> COMMUNES = List.of("bo-y", "dak-xu", "plei-kan");

  @Autowired WorkingDayCalendar calendar;
  @Autowired RuntimeService runtimeService;
  @Autowired Rollup rollup;
  @Autowired IncomingDocumentRepository incoming;

  record District(String directivePid, String pid, LocalDate due) {}

  /** The province dispatches one item to Ngọc Hồi, whose leader chooses to dispatch it to the communes. */
  District districtRedispatching() {
    LocalDate due = calendar.addWorkingDays(LocalDate.now(VN), 15);
    String directive = cycle.approvedDispatch(nextIncomingNumber(), LocalDate.of(2025, 1, 24), List.of(
        item("Lồng ghép kinh tế tuần hoàn vào quy hoạch, kế hoạch; quản lý chất thải của địa phương.", "ngoc-hoi", due)));
    cycle.executeJobs();
    String pid = cycle.assignments(directive).get("ngoc-hoi");
    assertThat(runtimeService.getVariable(pid, "canRedispatch")).isEqualTo(true);
    cycle.complete(pid, AssignmentProcess.Elements.RECEIVE, "ngoc-hoi.lanhdao", Map.of("handling", "redispatch"));
    return new District(directive, pid, due);
  }

  void draftToCommunes(District d, List<Map<String, Object>> items) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("subDispatchSummary", "V/v triển khai Công văn số 562/UBND-KTTH ngày 21 tháng 02 năm 2025 của UBND tỉnh");
    vars.put("subDispatchSymbol", "TCKH");
    vars.put("subItems", JsonVariables.json(items));
    cycle.complete(d.pid(), AssignmentProcess.Elements.DRAFT_SUB_DISPATCH, "ngoc-hoi.chuyenvien", vars);
  }

  Map<String, String> communeAssignments(District d) {
    Map<String, String> result = new HashMap<>();
    Object myId = runtimeService.getVariable(d.pid(), "assignmentId");
    for (ProcessInstance pi : runtimeService.createProcessInstanceQuery().processDefinitionKey(AssignmentProcess.KEY)
        .variableValueEquals("parentAssignmentId", myId).list()) {
      result.put((String) runtimeService.getVariable(pi.getId(), "unitCode"), pi.getId());
    }
    return result;
  }

  void communeCompletes(String unit, String pid) {
    cycle.complete(pid, AssignmentProcess.Elements.RECEIVE, unit + ".lanhdao", Map.of("specialist", unit + ".chuyenvien"));
    cycle.complete(pid, AssignmentProcess.Elements.CARRY_OUT, unit + ".chuyenvien",
        Map.of("resultText", "Xã đã tuyên truyền về kinh tế tuần hoàn tại các thôn, làng."));
    cycle.complete(pid, AssignmentProcess.Elements.REVIEW, unit + ".lanhdao", Map.of("reviewDecision", "approve"));
  }

  ProcessInstance instance(String pid) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(pid).singleResult();
  }

  /**
   * A district offers its own units below it and nothing else (no "all departments": it has none), and a
   * sub-dispatch that would reach no unit is refused in Vietnamese: the district does not wait on nobody.
   */
  @Test
  void aDistrictDispatchesOnlyToItsOwnUnitsAndNeverToNobody() {
    District d = districtRedispatching();
    List<Map<String, Object>> options = JsonVariables.listOfObjects(runtimeService.getVariableTyped(d.pid(),
        "subUnitOptions"));
    assertThat(options).extracting(o -> o.get("value"))
        .containsExactly("ALL_LOCAL", "plei-kan", "bo-y", "dak-xu");
    assertThat(options.get(0).get("label")).isEqualTo("Tất cả UBND cấp xã trực thuộc");

    LocalDate communeDue = calendar.addWorkingDays(d.due(), -3);
    Map<String, Object> slots = new HashMap<>();
    slots.put("subDispatchSummary", "V/v triển khai Công văn số 562/UBND-KTTH của UBND tỉnh");
    slots.put("subDispatchSymbol", "TCKH");
    slots.put("subItem1Text", "Tuyên truyền về kinh tế tuần hoàn.");
    slots.put("subItem1LeadUnit", "ALL_DEPARTMENTS");
    slots.put("subItem1DueDate", communeDue.toString());
    assertThat(refused(() -> cycle.complete(d.pid(), AssignmentProcess.Elements.DRAFT_SUB_DISPATCH, "ngoc-hoi.chuyenvien", slots)).getMessage())
        .contains("Nhiệm vụ 1: 'Tất cả các sở, ban, ngành': UBND huyện Ngọc Hồi không có đơn vị cấp dưới nào thuộc "
            + "nhóm này, văn bản sẽ không đến đơn vị nào");
    assertThat(instance(d.pid())).isWaitingAt(AssignmentProcess.Elements.DRAFT_SUB_DISPATCH);

    slots.put("subItem1LeadUnit", "ALL_LOCAL");
    cycle.complete(d.pid(), AssignmentProcess.Elements.DRAFT_SUB_DISPATCH, "ngoc-hoi.chuyenvien", slots);
    assertThat(instance(d.pid())).isWaitingAt(AssignmentProcess.Elements.SIGN_SUB_DISPATCH);
  }

  @Test
  void districtDispatchesToItsCommunesWaitsAndConsolidatesTheirResults() {
    District d = districtRedispatching();
    LocalDate communeDue = calendar.addWorkingDays(d.due(), -3);

    // a sub-dispatch outside the district's subtree, or later than its own due date, is refused
    assertThat(refused(() -> draftToCommunes(d, List.of(item("Nhiệm vụ.", "stc", communeDue)))).getMessage())
        .contains("không thuộc phạm vi");
    assertThat(refused(() -> draftToCommunes(d, List.of(item("Nhiệm vụ.", "bo-y", d.due().plusDays(1))))).getMessage())
        .contains("muộn hơn thời hạn cấp trên");

    // the district drafts to all its communes; the leader signs; it is numbered in the district's own series
    draftToCommunes(d, List.of(item("Tuyên truyền về kinh tế tuần hoàn.", "ALL_LOCAL", communeDue)));
    cycle.complete(d.pid(), AssignmentProcess.Elements.SIGN_SUB_DISPATCH, "ngoc-hoi.lanhdao", Map.of("signSubDecision", "approve"));
    cycle.executeJobs();

    assertThat((String) runtimeService.getVariable(d.pid(), "subDispatchNumber")).matches("\\d{2,}/UBND-TCKH");
    Map<String, String> communes = communeAssignments(d);
    assertThat(communes).containsOnlyKeys(COMMUNES);
    assertThat(instance(d.pid())).isWaitingAt(AssignmentProcess.Elements.WAIT_SUB_ASSIGNMENTS);

    // two communes report; the district keeps waiting
    communeCompletes("bo-y", communes.get("bo-y"));
    communeCompletes("dak-xu", communes.get("dak-xu"));
    cycle.executeJobs();
    assertThat(instance(d.pid())).isWaitingAt(AssignmentProcess.Elements.WAIT_SUB_ASSIGNMENTS);

    // the last one reports: the district's leader consolidates
    communeCompletes("plei-kan", communes.get("plei-kan"));
    cycle.executeJobs();
    assertThat(instance(d.pid())).isWaitingAt(AssignmentProcess.Elements.CONSOLIDATE);
    assertThat(runtimeService.getVariable(d.pid(), "subResults").toString())
        .contains("UBND xã Bờ Y").contains("UBND xã Đăk Xú").contains("UBND thị trấn Plei Kần")
        .doesNotContain("chưa báo cáo");

    cycle.complete(d.pid(), AssignmentProcess.Elements.CONSOLIDATE, "ngoc-hoi.lanhdao",
        Map.of("resultText", "Các xã, thị trấn đã triển khai tuyên truyền; huyện tổng hợp báo cáo."));
    cycle.executeJobs();
    assertThat(instance(d.pid())).isNull();

    // the roll-up: the province's level and the communes' level, all completed on time
    var tree = rollup.ofDirective(incoming.findByProcessInstanceId(d.directivePid()).orElseThrow().getId());
    assertThat(tree.nodes()).singleElement().satisfies(n -> {
      assertThat(n.unitCode()).isEqualTo("ngoc-hoi");
      assertThat(n.children()).extracting(Rollup.Node::unitCode).containsExactlyInAnyOrderElementsOf(COMMUNES);
      assertThat(n.children()).allSatisfy(c -> assertThat(c.level()).isEqualTo(2));
    });
    assertThat(tree.perLevel().get(1).completedOnTime()).isEqualTo(1);
    assertThat(tree.perLevel().get(2).completedOnTime()).isEqualTo(3);
    assertThat(tree.total().total()).isEqualTo(4);
  }

  @Test
  void atItsOwnDueDateTheDistrictConsolidatesWithTheMissingCommunesListed() {
    District d = districtRedispatching();
    LocalDate communeDue = calendar.addWorkingDays(d.due(), -3);
    draftToCommunes(d, List.of(item("Tuyên truyền về kinh tế tuần hoàn.", "ALL_LOCAL", communeDue)));
    cycle.complete(d.pid(), AssignmentProcess.Elements.SIGN_SUB_DISPATCH, "ngoc-hoi.lanhdao", Map.of("signSubDecision", "approve"));
    cycle.executeJobs();
    Map<String, String> communes = communeAssignments(d);

    // Bờ Y reports on time; Đăk Xú reports after its due date; Plei Kần never does
    communeCompletes("bo-y", communes.get("bo-y"));
    ClockUtil.setCurrentTime(Date.from(calendar.addWorkingDays(communeDue, 1).atTime(10, 0).atZone(VN).toInstant()));
    communeCompletes("dak-xu", communes.get("dak-xu"));
    cycle.executeJobs();
    assertThat(instance(d.pid())).isWaitingAt(AssignmentProcess.Elements.WAIT_SUB_ASSIGNMENTS);

    // the district's own due date passes
    ClockUtil.setCurrentTime(Date.from(d.due().plusDays(1).atTime(8, 0).atZone(VN).toInstant()));
    cycle.executeJobs();

    assertThat(instance(d.pid())).isWaitingAt(AssignmentProcess.Elements.CONSOLIDATE);
    assertThat(runtimeService.getVariable(d.pid(), "missingUnits")).isEqualTo("UBND thị trấn Plei Kần");

    var tree = rollup.ofDirective(incoming.findByProcessInstanceId(d.directivePid()).orElseThrow().getId());
    assertThat(tree.nodes().get(0).children())
        .extracting(n -> n.unitCode() + ":" + n.timeliness())
        .containsExactlyInAnyOrder("bo-y:" + Timeliness.COMPLETED_ON_TIME, "dak-xu:" + Timeliness.COMPLETED_LATE,
            "plei-kan:" + Timeliness.OPEN_OVERDUE);
    assertThat(tree.perLevel().get(2)).satisfies(c -> {
      assertThat(c.completedOnTime()).isEqualTo(1);
      assertThat(c.completedLate()).isEqualTo(1);
      assertThat(c.openOverdue()).isEqualTo(1);
    });
    assertThat(tree.perUnit().get("ngoc-hoi").openOverdue()).isEqualTo(1);
  }

  @Test
  void aCommuneCannotDispatchFurtherAndMustWorkItItself() {
    District d = districtRedispatching();
    draftToCommunes(d, List.of(item("Tuyên truyền.", "bo-y", calendar.addWorkingDays(d.due(), -3))));
    cycle.complete(d.pid(), AssignmentProcess.Elements.SIGN_SUB_DISPATCH, "ngoc-hoi.lanhdao", Map.of("signSubDecision", "approve"));
    cycle.executeJobs();
    String boY = communeAssignments(d).get("bo-y");

    // a commune has nobody below it: no choice offered (the form hides it when canRedispatch is not there)
    assertThat(runtimeService.getVariables(boY)).doesNotContainKeys("canRedispatch", "subUnitOptions");
    assertThat(refused(() -> cycle.complete(boY, AssignmentProcess.Elements.RECEIVE, "bo-y.lanhdao", Map.of("handling", "redispatch")))
        .getMessage()).contains("không có đơn vị cấp dưới");
  }
}
