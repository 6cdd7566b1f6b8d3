package vn.cascade.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static vn.cascade.support.CycleDriver.item;
import static vn.cascade.support.CycleDriver.nextIncomingNumber;
import static vn.cascade.support.Refusals.refused;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cascade.directive.DirectiveProcess;
import vn.cascade.support.ProcessTestBase;

class AssignmentProcessTest extends ProcessTestBase {

  static final LocalDate ISSUED = LocalDate.of(2025, 1, 24);

  @Autowired AssignmentRepository assignments;
  @Autowired AssignmentService assignmentService;

  /** A dispatch of one item to Sở Tài chính (lead) and Sở Công Thương (cooperating), numbered and fanned out. */
  Map<String, String> dispatchedTo(LocalDate due) {
    String pid = cycle.approvedDispatch(nextIncomingNumber(), ISSUED,
        List.of(item("Chủ trì tổng hợp, đánh giá tình hình thực hiện Đề án.", "stc", due, "sct")));
    cycle.executeJobs();
    return cycle.assignments(pid);
  }

  ProcessInstance instance(String pid) {
    return runtimeService().createProcessInstanceQuery().processInstanceId(pid).singleResult();
  }

  void assign(String pid, String leader, String specialist) {
    cycle.complete(pid, AssignmentProcess.Elements.RECEIVE, leader, Map.of("specialist", specialist, "leaderNote", "Đề nghị triển khai."));
  }

  void report(String pid, String specialist) {
    cycle.complete(pid, AssignmentProcess.Elements.CARRY_OUT, specialist,
        Map.of("resultText", "Đã tham mưu UBND tỉnh ban hành kế hoạch thực hiện Đề án năm 2025."));
  }

  void review(String pid, String leader, String decision, String comment) {
    cycle.complete(pid, AssignmentProcess.Elements.REVIEW, leader,
        comment == null ? Map.of("reviewDecision", decision) : Map.of("reviewDecision", decision, "reviewComment", comment));
  }

  static java.util.Map<String, Object> info(String pid) {
    return vn.cascade.common.JsonVariables.object(runtimeService().getVariableTyped(pid, "info"));
  }

  @Autowired vn.cascade.attachment.AttachmentService attachments;

  /** Every form of the unit links the directive's PDF (info.attachmentLinks), as the province's forms do. */
  @Test
  void theUnitsFormsLinkTheDirectivesPdf() {
    var pdf = attachments.storePdf("646-VPCP-KTTH.pdf", "%PDF-1.4 646/VPCP-KTTH".getBytes(), "vanthu");
    Map<String, Object> registration = cycle.registration(nextIncomingNumber(), ISSUED, null);
    registration.put("attachmentId", pdf.getId());
    String directive = cycle.register(registration);
    cycle.decide(directive, "skhdt", LocalDate.now().plusDays(30));
    cycle.draft(directive, "skhdt.chuyenvien",
        List.of(item("Chủ trì tổng hợp, đánh giá tình hình thực hiện Đề án.", "stc", LocalDate.now().plusDays(20))));
    cycle.submit(directive, "skhdt.lanhdao");
    cycle.approve(directive);
    cycle.executeJobs();
    String pid = cycle.assignments(directive).get("stc");

    assertThat(info(pid).get("attachmentLinks"))
        .isEqualTo("[646-VPCP-KTTH.pdf](http://localhost:8080/api/attachments/" + pdf.getId() + ")");
    // and a directive without a PDF says so instead of showing nothing
    String without = dispatchedTo(LocalDate.now().plusDays(20)).get("stc");
    assertThat(info(without).get("attachmentLinks")).isEqualTo("(văn bản chỉ đạo không có tệp đính kèm)");
  }

  /** "Việc của đơn vị" keeps showing the leader the work handed to a specialist (and the leader may take it back). */
  @Test
  void theLeadersUnitFilterShowsTheWorkHandedToASpecialist() {
    String pid = dispatchedTo(LocalDate.now().plusDays(20)).get("stc");
    assign(pid, "stc.lanhdao", "stc.chuyenvien");
    Task work = cycle.task(pid, AssignmentProcess.Elements.CARRY_OUT);
    assertThat(work.getAssignee()).isEqualTo("stc.chuyenvien");

    var filters = engine.getFilterService();
    String unitFilter = filters.createFilterQuery().filterName(vn.cascade.security.TasklistFilters.UNIT).singleResult()
        .getId();
    cycle.as("stc.lanhdao");
    try {
      assertThat(filters.list(unitFilter)).extracting(t -> ((Task) t).getId()).contains(work.getId());
    } finally {
      cycle.asSystem();
    }
    cycle.as("sct.lanhdao");
    try {
      assertThat(filters.list(unitFilter)).extracting(t -> ((Task) t).getId()).doesNotContain(work.getId());
    } finally {
      cycle.asSystem();
    }
  }

  @Test
  void unitLeaderReceivesTaskWithItemsAndDueDate() {
    LocalDate due = LocalDate.now().plusDays(20);
    String pid = dispatchedTo(due).get("stc");

    Task task = cycle.task(pid, AssignmentProcess.Elements.RECEIVE);
    assertThat(task).hasCandidateGroup("stc-leaders");
    assertThat(task.getDueDate()).isEqualTo(
        Date.from(due.atTime(23, 59, 59).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    // the unit's assignment row (written with JDBC in the fan-out) reads back through JPA as it was written
    Assignment row = assignments.findByProcessInstanceId(pid).orElseThrow();
    assertThat(row.getState()).isEqualTo(AssignmentState.RECEIVED);
    assertThat(row.getDueDate()).isEqualTo(due);
    assertThat(row.getUnitCode()).isEqualTo("stc");
    assertThat(runtimeService().getVariable(pid, "assignmentId")).isEqualTo(row.getId());
    java.time.Instant now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
    assertThat(row.getCreatedAt()).isBetween(now.minusSeconds(120), now.plusSeconds(1));
    assertThat(instance(pid)).variables()
        .containsEntry("unitName", "Sở Tài chính")
        .containsKeys("dispatchNumber", "info");
    // what the forms show, in one variable
    assertThat(info(pid)).containsKeys("dispatchDate", "dispatchSummary", "unitItems", "dueDateText",
        "specialistOptions");
    assertThat(info(pid).get("unitItems").toString()).contains("Chủ trì");
    assertThat(info(pid).get("dueDateText")).isEqualTo(vn.cascade.common.Dates.vn(due));
    assertThat(info(cycle.assignments(runtimeService()
        .createProcessInstanceQuery().processInstanceId(pid).singleResult().getRootProcessInstanceId())
        .getOrDefault("sct", pid)).get("unitItems").toString()).contains("Phối hợp");
  }

  @Autowired vn.cascade.deadline.ExtensionService extensions;

  @Test
  void routingFollowsTheRecordNotAChangedCopyInTheVariables() {
    // given Sở Tài chính's assignment, whose copies of its unit, due date and assigner are then changed
    LocalDate due = LocalDate.now().plusDays(20);
    String pid = dispatchedTo(due).get("stc");
    runtimeService().setVariables(pid, Map.of("unitCode", "sct", "assignerUnit", "stc",
        "dueDate", Date.from(LocalDate.of(2030, 12, 31).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()),
        "parentAssignmentId", 1L, "dispatchId", 1L));

    // when its leader assigns the work and the unit asks for more time
    assign(pid, "stc.lanhdao", "stc.chuyenvien");
    cycle.as("stc.lanhdao");
    extensions.request(assignments.findByProcessInstanceId(pid).orElseThrow().getId(), "Chờ số liệu.", null, 3);
    cycle.asSystem();

    // then the next task is the record's unit's, with the record's due date, and the extension goes to the
    // provincial leaders and the dispatch's advisory unit (Sở KH&ĐT), not to the unit itself
    Task work = cycle.task(pid, AssignmentProcess.Elements.CARRY_OUT);
    assertThat(taskService().getIdentityLinksForTask(work.getId())).extracting(l -> l.getGroupId())
        .contains("stc-staff", "stc-leaders").doesNotContain("sct-staff", "sct-leaders");
    assertThat(work.getDueDate()).isEqualTo(
        Date.from(due.atTime(23, 59, 59).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    Task decide = cycle.task(pid, AssignmentProcess.Elements.DECIDE_EXTENSION);
    assertThat(decide).hasCandidateGroup("province-leaders").hasCandidateGroup("skhdt-leaders");
    assertThat(taskService().getIdentityLinksForTask(decide.getId())).extracting(l -> l.getGroupId())
        .doesNotContain("stc-leaders");
  }

  @Test
  void everyFormOfTheAssignmentFindsWhatItShowsInInfo() throws java.io.IOException {
    // given a unit's running assignment
    String pid = dispatchedTo(LocalDate.now().plusDays(20)).get("stc");
    java.util.Set<String> written = info(pid).keySet();

    // when the unit's forms (and the extension decision's) are read
    java.util.List<String> problems = new java.util.ArrayList<>();
    try (var forms = java.nio.file.Files.list(java.nio.file.Path.of("bpmn"))) {
      for (java.nio.file.Path form : forms.filter(f -> f.getFileName().toString().matches(
          "(assignment-.*|extension-decide)\\.form")).toList()) {
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(form.toFile());
        for (com.fasterxml.jackson.databind.JsonNode field : json.findParents("id")) {
          for (String binding : new String[] {field.path("key").asText(), field.path("dataSource").asText(),
              field.path("valuesExpression").asText()}) {
            String path = binding.startsWith("=") ? binding.substring(1) : binding;
            // then each binding into info names a key the instance has, and a shown copy is bound nowhere else
            if (path.startsWith("info.") && !written.contains(path.substring(5))) {
              problems.add(form.getFileName() + ": " + binding + " is not in info " + written);
            }
            if (written.contains(path) || "specialistOptions".equals(field.path("valuesKey").asText())) {
              problems.add(form.getFileName() + ": " + field.path("id").asText() + " binds a top-level " + path);
            }
            if (path.startsWith("info.") && !binding.startsWith("=") && !field.path("disabled").asBoolean()) {
              problems.add(form.getFileName() + ": " + field.path("id").asText() + " must be disabled, or Tasklist "
                  + "submits a partial info");
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void approvedOnTimeResultCompletesAssignmentOnTime() {
    String pid = dispatchedTo(LocalDate.now().plusDays(20)).get("stc");

    assign(pid, "stc.lanhdao", "stc.chuyenvien");
    assertThat(instance(pid)).isWaitingAt(AssignmentProcess.Elements.CARRY_OUT).task().isAssignedTo("stc.chuyenvien");
    report(pid, "stc.chuyenvien");
    review(pid, "stc.lanhdao", "approve", null);
    cycle.executeJobs();

    assertThat(instance(pid)).isNull();
    Assignment assignment = assignments.findByProcessInstanceId(pid).orElseThrow();
    assertThat(assignment.getState()).isEqualTo(AssignmentState.COMPLETED);
    assertThat(assignment.getOnTime()).isTrue();
    assertThat(assignmentService.timeliness(assignment)).isEqualTo(Timeliness.COMPLETED_ON_TIME);
    assertThat(assignment.getResultText()).contains("kế hoạch thực hiện Đề án");
  }

  @Test
  void returnedResultGoesBackToSpecialistAndIsResubmitted() {
    String pid = dispatchedTo(LocalDate.now().plusDays(20)).get("stc");
    assign(pid, "stc.lanhdao", "stc.chuyenvien");
    report(pid, "stc.chuyenvien");

    review(pid, "stc.lanhdao", "return", "Bổ sung số liệu năm 2025.");

    assertThat(instance(pid)).isWaitingAt(AssignmentProcess.Elements.CARRY_OUT).task().isAssignedTo("stc.chuyenvien");
    assertThat(instance(pid)).variables().containsEntry("reviewComment", "Bổ sung số liệu năm 2025.");
    assertThat(assignments.findByProcessInstanceId(pid).orElseThrow().getState())
        .isEqualTo(AssignmentState.IN_PROGRESS);
    report(pid, "stc.chuyenvien");
    review(pid, "stc.lanhdao", "approve", null);
    cycle.executeJobs();
    assertThat(assignments.findByProcessInstanceId(pid).orElseThrow().getState())
        .isEqualTo(AssignmentState.COMPLETED);
  }

  @Test
  void resultApprovedAfterDueDateIsCompletedLate() {
    LocalDate due = LocalDate.now().plusDays(5);
    String pid = dispatchedTo(due).get("stc");
    assign(pid, "stc.lanhdao", "stc.chuyenvien");
    report(pid, "stc.chuyenvien");

    // the leader approves two days after the due date
    ClockUtil.setCurrentTime(Date.from(due.plusDays(2).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    review(pid, "stc.lanhdao", "approve", null);
    cycle.executeJobs();

    Assignment assignment = assignments.findByProcessInstanceId(pid).orElseThrow();
    assertThat(assignment.getOnTime()).isFalse();
    assertThat(assignmentService.timeliness(assignment)).isEqualTo(Timeliness.COMPLETED_LATE);
  }

  @Test
  void openAssignmentPastItsDueDayIsOverdue() {
    LocalDate due = LocalDate.now().plusDays(3);
    String pid = dispatchedTo(due).get("stc");
    Assignment assignment = assignments.findByProcessInstanceId(pid).orElseThrow();
    assertThat(assignmentService.timeliness(assignment)).isEqualTo(Timeliness.OPEN_WITHIN_TERM);

    ClockUtil.setCurrentTime(Date.from(due.plusDays(1).atTime(8, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));

    assertThat(assignmentService.timeliness(assignment)).isEqualTo(Timeliness.OPEN_OVERDUE);
  }

  @Test
  void leaderCannotAssignSpecialistOfAnotherUnit() {
    String pid = dispatchedTo(LocalDate.now().plusDays(20)).get("stc");

    assertThat(refused(() -> assign(pid, "stc.lanhdao", "sct.chuyenvien")).getMessage())
        .contains("không phải chuyên viên của đơn vị");
    assertThat(instance(pid)).isWaitingAt(AssignmentProcess.Elements.RECEIVE);
  }

  @Test
  void unitSeesOnlyItsOwnTasksAndCannotCompleteAnothers() {
    Map<String, String> units = dispatchedTo(LocalDate.now().plusDays(20));
    String stc = units.get("stc");

    cycle.as("sct.lanhdao");
    List<Task> visible = taskService().createTaskQuery().list();
    cycle.asSystem();
    assertThat(visible).isNotEmpty().allSatisfy(t -> assertThat(t.getProcessInstanceId()).isNotEqualTo(stc));

    Task stcTask = cycle.task(stc, AssignmentProcess.Elements.RECEIVE);
    cycle.as("sct.lanhdao");
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService().complete(stcTask.getId(),
              Map.of("specialist", "sct.chuyenvien")))
          .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    } finally {
      cycle.asSystem();
    }
    assertThat(instance(stc)).isWaitingAt(AssignmentProcess.Elements.RECEIVE);
  }

  @Test
  void dispatchToEveryUnitRunsTheirAssignmentsInParallel() {
    String pid = cycle.approvedDispatch(nextIncomingNumber(), ISSUED,
        List.of(item("Các sở, ngành và địa phương triển khai Đề án.", "ALL", LocalDate.now().plusDays(30))));
    cycle.executeJobs();
    Map<String, String> all = cycle.assignments(pid);
    assertThat(all).hasSize(16); // 12 departments, Ngọc Hồi and its 3 communes

    // when two units finish, the directive still waits for the others
    for (String unit : List.of("stc", "plei-kan")) {
      String apid = all.get(unit);
      assign(apid, unit + ".lanhdao", unit + ".chuyenvien");
      report(apid, unit + ".chuyenvien");
      review(apid, unit + ".lanhdao", "approve", null);
    }
    cycle.executeJobs();
    assertThat(instance(pid)).isWaitingAt(DirectiveProcess.Elements.WAIT_ASSIGNMENTS);
    assertThat(cycle.assignments(pid)).hasSize(14);

    // when every other unit finishes, the directive ends
    cycle.assignments(pid).forEach((unit, apid) -> {
      assign(apid, unit + ".lanhdao", unit + ".chuyenvien");
      report(apid, unit + ".chuyenvien");
      review(apid, unit + ".lanhdao", "approve", null);
    });
    cycle.executeJobs();
    assertThat(instance(pid)).isNull();
  }
}
