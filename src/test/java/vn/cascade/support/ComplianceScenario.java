package vn.cascade.support;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cascade.support.CycleDriver.item;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.common.JsonVariables;
import vn.cascade.directive.IncomingDocumentRepository;

/**
 * A cycle with all four official categories: the province dispatches a directive to Ngọc Hồi and Sở Công Thương
 * (due in 15 working days); Ngọc Hồi re-dispatches to its three communes (due 3 working days earlier); Bờ Y
 * reports on time, the engine clock moves to one working day after the communes' due date, Đăk Xú reports (late),
 * Plei Kần never does (overdue); the district and the department are within term. Leaves the clock moved (the
 * caller resets it) and the system acting.
 */
@Component
public class ComplianceScenario {

  public static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  public static final List<String> COMMUNES = List.of("bo-y", "dak-xu", "plei-kan");

  /** What was played: the incoming document's id and number, the communes' due date, the clock's day after. */
  public record Played(long directiveId, String number, String directivePid, LocalDate communeDue, LocalDate today) {}

  private final CycleDriver cycle;
  private final RuntimeService runtimeService;
  private final WorkingDayCalendar calendar;
  private final IncomingDocumentRepository incoming;

  ComplianceScenario(CycleDriver cycle, RuntimeService runtimeService, WorkingDayCalendar calendar,
      IncomingDocumentRepository incoming) {
    this.cycle = cycle;
    this.runtimeService = runtimeService;
    this.calendar = calendar;
    this.incoming = incoming;
  }

  public Played play() {
    LocalDate due = calendar.addWorkingDays(LocalDate.now(VN), 15);
    String number = CycleDriver.nextIncomingNumber();
    String directive = cycle.approvedDispatch(number, LocalDate.of(2025, 1, 24), List.of(
        item("Lồng ghép kinh tế tuần hoàn vào quy hoạch, kế hoạch của địa phương.", "ngoc-hoi", due),
        item("Phát triển thị trường cho sản phẩm tái chế.", "sct", due)));
    cycle.executeJobs();
    long directiveId = incoming.findByProcessInstanceId(directive).orElseThrow().getId();
    String district = cycle.assignments(directive).get("ngoc-hoi");
    cycle.complete(district, AssignmentProcess.Elements.RECEIVE, "ngoc-hoi.lanhdao", Map.of("handling", "redispatch"));
    LocalDate communeDue = calendar.addWorkingDays(due, -3);
    Map<String, Object> vars = new HashMap<>();
    vars.put("subDispatchSummary", "V/v triển khai văn bản của UBND tỉnh về kinh tế tuần hoàn");
    vars.put("subDispatchSymbol", "TCKH");
    vars.put("subItems", JsonVariables.json(List.of(item("Tuyên truyền về kinh tế tuần hoàn.", "ALL_LOCAL",
        communeDue))));
    cycle.complete(district, AssignmentProcess.Elements.DRAFT_SUB_DISPATCH, "ngoc-hoi.chuyenvien", vars);
    cycle.complete(district, AssignmentProcess.Elements.SIGN_SUB_DISPATCH, "ngoc-hoi.lanhdao", Map.of("signSubDecision", "approve"));
    cycle.executeJobs();
    Map<String, String> communes = new HashMap<>();
    Object districtAssignment = runtimeService.getVariable(district, "assignmentId");
    for (ProcessInstance pi : runtimeService.createProcessInstanceQuery().processDefinitionKey(AssignmentProcess.KEY)
        .variableValueEquals("parentAssignmentId", districtAssignment).list()) {
      communes.put((String) runtimeService.getVariable(pi.getId(), "unitCode"), pi.getId());
    }
    assertThat(communes).containsOnlyKeys(COMMUNES);
    completes("bo-y", communes.get("bo-y"));
    LocalDate today = calendar.addWorkingDays(communeDue, 1);
    ClockUtil.setCurrentTime(Date.from(today.atTime(10, 0).atZone(VN).toInstant()));
    completes("dak-xu", communes.get("dak-xu"));
    cycle.executeJobs();
    cycle.asSystem();
    return new Played(directiveId, number, directive, communeDue, today);
  }

  private void completes(String unit, String pid) {
    cycle.complete(pid, AssignmentProcess.Elements.RECEIVE, unit + ".lanhdao", Map.of("specialist", unit + ".chuyenvien"));
    cycle.complete(pid, AssignmentProcess.Elements.CARRY_OUT, unit + ".chuyenvien", Map.of("resultText", "Xã đã tuyên truyền."));
    cycle.complete(pid, AssignmentProcess.Elements.REVIEW, unit + ".lanhdao", Map.of("reviewDecision", "approve"));
  }
}
