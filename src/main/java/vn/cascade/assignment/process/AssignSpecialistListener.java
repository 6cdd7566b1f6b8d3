package vn.cascade.assignment.process;

import static vn.cascade.assignment.AssignmentProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.AssignmentService;
import vn.cascade.organisation.OrganisationService;

/** Complete listener of "receive task" ({@code ${assignSpecialist}}): the specialist must be one of the unit's. */
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
    String specialist = (String) task.getVariable(SPECIALIST);
    assignments.assignSpecialist(task.getProcessInstanceId(), (String) task.getVariable(UNIT_CODE), specialist);
    task.setVariable(SPECIALIST_NAME, organisation.fullName(specialist));
  }
}
