package vn.cascade.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cascade.support.CycleDriver.item;
import static vn.cascade.support.CycleDriver.nextIncomingNumber;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import vn.cascade.assignment.Assignment;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.assignment.AssignmentRepository;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.directive.DirectiveProcess;
import vn.cascade.support.Api;
import vn.cascade.support.CycleDriver;

/**
 * The 2025 reforms on the seeds' data, on a running system: Sở Kế hoạch và Đầu tư merges into Sở Tài chính while
 * 562/UBND-KTTH is open, and Ngọc Hồi district is abolished with its open work going up to the province and down
 * to a commune. Administrators preview, then apply through the REST API; nothing is lost or duplicated and the
 * successors' users complete the moved work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
// it changes the demo organisation, so it gets a database (and application context) of its own
@TestPropertySource(properties = "spring.datasource.url="
    + "${cascade.test.restructuring-url:jdbc:h2:mem:cascade-restructuring;DB_CLOSE_DELAY=-1}")
class RestructuringIT {

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  @LocalServerPort int port;
  @Autowired CycleDriver cycle;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AssignmentRepository assignments;
  @Autowired WorkingDayCalendar calendar;

  LocalDate due() {
    return calendar.addWorkingDays(LocalDate.now(VN), 15);
  }

  List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  /** The Tasklist filter "Việc của đơn vị" as {@code user} sees it (the REST call Tasklist makes). */
  JsonNode unitFilter(String user) {
    String name = java.net.URLEncoder.encode(vn.cascade.security.TasklistFilters.UNIT,
        java.nio.charset.StandardCharsets.UTF_8);
    String id = Api.as(port, user).get("/engine-rest/filter?resourceType=Task&name=" + name).json().get(0).get("id")
        .asText();
    return Api.as(port, user).get("/engine-rest/filter/" + id + "/list").json();
  }

  long openWork() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(AssignmentProcess.KEY).count()
        + taskService.createTaskQuery().count();
  }

  @Test
  void planningDepartmentMergesIntoFinanceWhile562IsOpen() {
    // given 562/UBND-KTTH is out: Sở KH&ĐT leads item 1 (Sở Tài chính cooperates), Sở TN&MT item 2
    String directive = cycle.approvedDispatch(nextIncomingNumber(), LocalDate.of(2025, 2, 21), List.of(
        item("Tiếp tục triển khai có hiệu quả các nhiệm vụ, giải pháp thực hiện Đề án.", "skhdt", due(), "stc"),
        item("Tăng cường phổ biến, tuyên truyền nội dung Đề án.", "stnmt", due())));
    cycle.executeJobs();
    String skhdt = cycle.assignments(directive).get("skhdt");
    cycle.complete(skhdt, AssignmentProcess.Elements.RECEIVE, "skhdt.lanhdao", Map.of("specialist", "skhdt.chuyenvien"));
    // and another directive that Sở KH&ĐT is drafting for the province
    String drafting = cycle.register(nextIncomingNumber(), LocalDate.of(2025, 2, 1), null);
    cycle.decide(drafting, "skhdt", due());
    cycle.executeJobs();
    Assignment before = assignments.findByProcessInstanceId(skhdt).orElseThrow();
    long openBefore = openWork();
    long timersBefore = managementService.createJobQuery().processInstanceId(skhdt).timers().count();

    Map<String, Object> merger = Map.of("kind", "MERGE", "sources", List.of("skhdt"), "targetCode", "stc",
        "effectiveDate", LocalDate.now(VN).toString());

    // only an administrator may do it
    assertThat(Api.as(port, "stc.lanhdao").postJson("/api/restructurings/preview", merger).status()).isEqualTo(403);

    // the dry run lists what would move and changes nothing
    JsonNode preview = Api.as(port, "admin").postJson("/api/restructurings/preview", merger).json();
    assertThat(preview.get("moves").findValuesAsText("type")).contains("ASSIGNMENT", "TASK", "PROCESS",
        "MEMBERSHIP", "UNIT_STATUS");
    assertThat(preview.get("moves").findValuesAsText("ref")).contains(String.valueOf(before.getId()));
    assertThat(assignments.findByProcessInstanceId(skhdt).orElseThrow().getUnitCode()).isEqualTo("skhdt");
    assertThat(candidateGroups(cycle.task(skhdt, AssignmentProcess.Elements.CARRY_OUT))).contains("skhdt-staff");

    // when it is applied
    Api.Response scheduled = Api.as(port, "admin").postJson("/api/restructurings", merger);
    assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
    cycle.executeJobs();
    long id = scheduled.json().get("id").asLong();
    JsonNode audit = Api.as(port, "admin").get("/api/restructurings/" + id).json();
    assertThat(audit.get("status").asText()).isEqualTo("APPLIED");
    assertThat(audit.get("moves").size()).isEqualTo(preview.get("moves").size());

    // then the work is Finance's, with its number, due date and history
    Assignment after = assignments.findByProcessInstanceId(skhdt).orElseThrow();
    assertThat(after.getUnitCode()).isEqualTo("stc");
    assertThat(after.getTransferredFrom()).isEqualTo("skhdt");
    assertThat(after.getDueDate()).isEqualTo(before.getDueDate());
    assertThat(after.getDispatchId()).isEqualTo(before.getDispatchId());
    assertThat(openWork()).isEqualTo(openBefore);
    assertThat(managementService.createJobQuery().processInstanceId(skhdt).timers().count()).isEqualTo(timersBefore);
    assertThat(candidateGroups(cycle.task(skhdt, AssignmentProcess.Elements.CARRY_OUT))).containsExactlyInAnyOrder("stc-staff", "stc-leaders");
    assertThat(candidateGroups(cycle.task(drafting, DirectiveProcess.Elements.DRAFT))).containsExactlyInAnyOrder("stc-staff", "stc-leaders");
    assertThat(Api.as(port, "stc.lanhdao").get("/api/units").json().findValuesAsText("name"))
        .contains("Sở Kế hoạch và Đầu tư (cũ)");

    // and Planning's staff are now Finance's, only: their unit, their unit's tasks and the assignments they see follow
    assertThat(preview.get("moves").findValuesAsText("ref")).contains("skhdt.chuyenvien", "skhdt.lanhdao");
    JsonNode me = Api.as(port, "skhdt.chuyenvien").get("/api/me").json();
    assertThat(me.get("unitCode").asText()).isEqualTo("stc");
    assertThat(Api.as(port, "skhdt.chuyenvien").get("/api/me").body()).doesNotContain("skhdt-staff")
        .contains("stc-staff");
    assertThat(Api.as(port, "skhdt.lanhdao").get("/api/assignments").json().findValuesAsText("processInstanceId"))
        .contains(skhdt);
    assertThat(unitFilter("skhdt.chuyenvien").findValuesAsText("processInstanceId")).contains(skhdt);

    // and Finance's users complete it at once (the specialist moved with the staff)
    cycle.complete(skhdt, AssignmentProcess.Elements.CARRY_OUT, "skhdt.chuyenvien", Map.of("resultText", "Đã tham mưu kế hoạch thực hiện."));
    assertThat(candidateGroups(cycle.task(skhdt, AssignmentProcess.Elements.REVIEW))).containsExactly("stc-leaders");
    cycle.complete(skhdt, AssignmentProcess.Elements.REVIEW, "stc.lanhdao", Map.of("reviewDecision", "approve"));
    cycle.executeJobs();
    assertThat(assignments.findByProcessInstanceId(skhdt).orElseThrow().getState().name()).isEqualTo("COMPLETED");
    cycle.complete(drafting, DirectiveProcess.Elements.DRAFT, "stc.chuyenvien", Map.of(
        "dispatchSummary", "V/v triển khai văn bản", "dispatchSymbol", "KTTH",
        "items", vn.cascade.common.JsonVariables.json(List.of(item("Nhiệm vụ.", "skhdt", due())))));

    // a document still naming the old department reaches its successor
    assertThat(cycle.task(drafting, DirectiveProcess.Elements.SUBMIT)).isNotNull();
    assertThat(candidateGroups(cycle.task(drafting, DirectiveProcess.Elements.SUBMIT))).containsExactly("stc-leaders");
  }

  @Test
  void ngocHoiDistrictIsAbolishedWithItsOpenWorkGoingUpAndDown() {
    String first = cycle.approvedDispatch(nextIncomingNumber(), LocalDate.of(2025, 2, 21),
        List.of(item("Lồng ghép kinh tế tuần hoàn vào quy hoạch của huyện.", "ngoc-hoi", due())), "sct");
    String second = cycle.approvedDispatch(nextIncomingNumber(), LocalDate.of(2025, 3, 3),
        List.of(item("Quản lý chất thải rắn sinh hoạt trên địa bàn.", "ngoc-hoi", due())), "sct");
    cycle.executeJobs();
    String up = cycle.assignments(first).get("ngoc-hoi");
    String down = cycle.assignments(second).get("ngoc-hoi");
    Long upId = assignments.findByProcessInstanceId(up).orElseThrow().getId();
    Long downId = assignments.findByProcessInstanceId(down).orElseThrow().getId();
    long openBefore = openWork();

    // routing outside the district's parent or subtree is refused
    Api.Response wrong = Api.as(port, "admin").postJson("/api/restructurings/preview", Map.of("kind", "ABOLISH",
        "sources", List.of("ngoc-hoi"), "routing", Map.of(String.valueOf(downId), "stc")));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("message").asText()).contains("chỉ có thể chuyển lên cấp trên hoặc xuống");

    Map<String, Object> abolition = Map.of("kind", "ABOLISH", "sources", List.of("ngoc-hoi"),
        "routing", Map.of(String.valueOf(downId), "plei-kan"), "effectiveDate", LocalDate.now(VN).toString());
    // the dry run says that the district's users stay in its groups, and why
    JsonNode preview = Api.as(port, "admin").postJson("/api/restructurings/preview", abolition).json();
    assertThat(preview.get("moves").findValues("type").stream().filter(t -> t.asText().equals("MEMBERSHIP_KEPT")))
        .isNotEmpty();
    assertThat(preview.get("moves").toString()).contains("ngoc-hoi.lanhdao", "không chuyển cán bộ");
    String instances = "/engine-rest/process-instance?processInstanceIds=" + up + "," + down;
    assertThat(Api.as(port, "ngoc-hoi.lanhdao").get(instances).json()).hasSize(2);
    assertThat(Api.as(port, "admin").postJson("/api/restructurings", abolition).status()).isEqualTo(201);
    cycle.executeJobs();

    // the district's users no longer read the work that went up or down, nor its tasks
    assertThat(Api.as(port, "ngoc-hoi.lanhdao").get(instances).json()).isEmpty();
    assertThat(Api.as(port, "ngoc-hoi.lanhdao").get("/engine-rest/task?processInstanceId=" + up).json()).isEmpty();
    assertThat(Api.as(port, "ngoc-hoi.lanhdao").get("/engine-rest/task?processInstanceId=" + down).json()).isEmpty();
    // the province's leader, whose unit the work went up to, belongs to a real unit
    assertThat(Api.as(port, "chutich").get("/api/me").json().get("unitCode").asText()).isEqualTo("ubnd-tinh");
    assertThat(Api.as(port, "chutich").get("/api/units").json().findValuesAsText("code")).contains("ubnd-tinh");

    assertThat(assignments.findById(upId).orElseThrow().getUnitCode()).isEqualTo("ubnd-tinh");
    assertThat(assignments.findById(downId).orElseThrow().getUnitCode()).isEqualTo("plei-kan");
    assertThat(openWork()).isEqualTo(openBefore);
    JsonNode units = Api.as(port, "admin").get("/api/units").json();
    for (JsonNode u : units) {
      if (List.of("plei-kan", "bo-y", "dak-xu").contains(u.get("code").asText())) {
        assertThat(u.get("parentCode").asText()).isEqualTo("ubnd-tinh");
      }
      if (u.get("code").asText().equals("ngoc-hoi")) {
        assertThat(u.get("status").asText()).isEqualTo("MERGED");
        assertThat(u.get("name").asText()).isEqualTo("UBND huyện Ngọc Hồi (cũ)");
      }
    }

    // the commune's users and the province's leaders complete what came to them
    cycle.complete(down, AssignmentProcess.Elements.RECEIVE, "plei-kan.lanhdao", Map.of("specialist", "plei-kan.chuyenvien"));
    cycle.complete(down, AssignmentProcess.Elements.CARRY_OUT, "plei-kan.chuyenvien", Map.of("resultText", "Thị trấn đã triển khai phân loại rác."));
    cycle.complete(down, AssignmentProcess.Elements.REVIEW, "plei-kan.lanhdao", Map.of("reviewDecision", "approve"));
    assertThat(candidateGroups(cycle.task(up, AssignmentProcess.Elements.RECEIVE))).containsExactly("ubnd-tinh-leaders");
    cycle.executeJobs();
    assertThat(assignments.findById(downId).orElseThrow().getState().name()).isEqualTo("COMPLETED");
  }
}
