package vn.cascade.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.organisation.UnitKind;
import vn.cascade.restructuring.RestructuringKind;
import vn.cascade.restructuring.RestructuringService;
import vn.cascade.support.ProcessTestBase;

/** A unit that merges while it owes a report: the report, its task and its regime place go to the successor. */
// it changes the organisation, so it gets a database (and application context) of its own
@TestPropertySource(properties = "spring.datasource.url="
    + "${cascade.test.restructuring-url:jdbc:h2:mem:cascade-restructuring;DB_CLOSE_DELAY=-1}")
class ReportsMoveInRestructuringTest extends ProcessTestBase {

  @Autowired ReportingDriver reporting;
  @Autowired OrganisationService organisation;
  @Autowired RestructuringService restructurings;
  @Autowired UnitReportRepository unitReports;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired WorkingDayCalendar calendar;

  String unitWithSpecialist(String code, String name) {
    organisation.createUnit(code, name, UnitKind.DEPARTMENT, "ubnd-tinh", "S" + code.substring(code.length() - 3)
        .toUpperCase().replaceAll("[^A-Z]", "X"), null);
    User user = identityService.newUser(code + ".chuyenvien");
    user.setFirstName("Chuyên viên");
    user.setLastName(name);
    user.setEmail(code + "@kontum.gov.vn");
    user.setPassword("demo");
    identityService.saveUser(user);
    identityService.createMembership(user.getId(), code + "-staff");
    return code;
  }

  @Test
  void anOpenUnitReportMovesToTheSuccessorWhoseStaffDraftIt() {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String old = unitWithSpecialist("so-cu-" + tag, "Sở cũ " + tag);
    String successor = unitWithSpecialist("so-moi-" + tag, "Sở mới " + tag);
    LocalDate today = LocalDate.now(WorkingDayCalendar.ZONE);
    String request = reporting.request(ReportingDriver.requestForm(ReportingDriver.nextRequestNumber(),
        today, List.of(old), calendar.addWorkingDays(today, 10), calendar.addWorkingDays(today, 20)));
    cycle.executeJobs();
    String unitPid = reporting.unitReports(request).get(old);
    UnitReport before = unitReports.findByProcessInstanceId(unitPid).orElseThrow();

    // the old department merges into the successor
    var plan = restructurings.schedule(new RestructuringService.Request(RestructuringKind.MERGE, List.of(old),
        successor, null, null, null, false, today), "admin");
    assertThat(plan.moves()).extracting(m -> m.type()).contains("UNIT_REPORT", "PROCESS", "TASK");
    cycle.executeJobs();

    UnitReport after = unitReports.findByProcessInstanceId(unitPid).orElseThrow();
    assertThat(after.getUnitCode()).isEqualTo(successor);
    assertThat(after.getDueDate()).isEqualTo(before.getDueDate());
    var task = taskService.createTaskQuery().processInstanceId(unitPid).singleResult();
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .containsExactlyInAnyOrder(successor + "-staff", successor + "-leaders");
    // the successor's specialist drafts it
    reporting.draft(unitPid, successor, "Đã triển khai các nhiệm vụ của đơn vị cũ.");
    assertThat(taskService.createTaskQuery().processInstanceId(unitPid).singleResult().getTaskDefinitionKey())
        .isEqualTo(UnitReportProcess.Elements.SIGN);
  }
}
