package vn.cascade.assignment.process;

import static vn.cascade.assignment.AssignmentProcess.Vars.*;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.AssignmentService;
import vn.cascade.assignment.AssignmentService.Received;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.common.Dates;
import vn.cascade.common.JsonVariables;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.assignment.AssignmentProcess;

/**
 * First step of {@code assignment} ({@code ${registerAssignment}}): records the unit's assignment and gives the
 * leader's task what it shows: the dispatch, the unit's items, the due date, the specialists (in {@code info}).
 */
@Component("registerAssignment")
class RegisterAssignmentDelegate implements JavaDelegate {

  private final AssignmentService assignments;
  private final OrganisationService organisation;
  private final WorkingDayCalendar calendar;

  RegisterAssignmentDelegate(AssignmentService assignments, OrganisationService organisation,
      WorkingDayCalendar calendar) {
    this.assignments = assignments;
    this.organisation = organisation;
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String unitCode = AssignmentProcess.UNIT.require(execution);
    Received received = assignments.register(AssignmentProcess.DISPATCH.require(execution), unitCode,
        execution.getProcessInstanceId());
    List<Map<String, Object>> items = received.items().stream().map(i -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("no", i.no());
      row.put("text", i.text());
      row.put("role", i.role());
      row.put("dueDate", Dates.vn(i.dueDate()));
      return row;
    }).toList();
    execution.setVariable(ASSIGNMENT_ID, received.assignment().getId());
    execution.setVariable(ASSIGNER_UNIT, received.dispatch().advisoryUnitCode());
    execution.setVariable(UNIT_NAME, organisation.require(unitCode, UNIT_CODE).getName());
    execution.setVariable(DISPATCH_NUMBER, received.dispatch().numberSymbol());
    execution.setVariable(DUE_DATE, Date.from(calendar.endOfDay(received.assignment().getDueDate()).toInstant()));
    Map<String, Object> info = new LinkedHashMap<>();
    info.put(DISPATCH_DATE, received.dispatch().issuedOn().toString());
    info.put(DISPATCH_SUMMARY, received.dispatch().summary());
    info.put(UNIT_ITEMS, items);
    info.put(DUE_DATE_TEXT, Dates.vn(received.assignment().getDueDate()));
    info.put(SPECIALIST_OPTIONS, organisation.specialistOptions(unitCode));
    info.put(ATTACHMENT_LINKS, received.dispatch().attachmentLinks().isEmpty()
        ? "(văn bản chỉ đạo không có tệp đính kèm)" : received.dispatch().attachmentLinks());
    execution.setVariable(INFO, JsonVariables.json(info));
  }
}
