package vn.cascade.assignment.process;

import static vn.cascade.assignment.AssignmentProcess.Vars.COMPLETED_ON_TIME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.AssignmentService;

/** Service task "record completion" ({@code ${completeAssignment}}): completed on time or late. */
@Component("completeAssignment")
class CompleteAssignmentDelegate implements JavaDelegate {

  private final AssignmentService assignments;

  CompleteAssignmentDelegate(AssignmentService assignments) {
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(COMPLETED_ON_TIME, assignments.complete(execution.getProcessInstanceId()));
  }
}
