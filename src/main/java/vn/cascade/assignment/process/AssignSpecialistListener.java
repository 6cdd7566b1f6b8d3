package vn.cascade.assignment.process;

import static vn.cascade.assignment.AssignmentProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.assignment.AssignmentService;
import vn.cascade.common.FormValues;
import vn.cascade.organisation.OrganisationService;

/**
 * Complete listener of "receive task" ({@code ${assignSpecialist}}): the leader either assigns one of the unit's
 * specialists or dispatches the task further down (only a unit with units below it).
 */
@Component("assignSpecialist")
class AssignSpecialistListener implements TaskListener {

  private final AssignmentService assignments;
  private final OrganisationService organisation;

  AssignSpecialistListener(AssignmentService assignments, OrganisationService organisation) {
    this.assignments = assignments;
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    if (AssignmentProcess.REDISPATCH.equals(task.getVariable(HANDLING))) {
      assignments.redispatch(task.getProcessInstanceId());
      return;
    }
    String specialist = FormValues.text(task.getVariable(SPECIALIST), SPECIALIST, "Chuyên viên được phân công");
    assignments.assignSpecialist(task.getProcessInstanceId(), specialist);
    task.setVariable(SPECIALIST_NAME, organisation.fullName(specialist));
  }
}
