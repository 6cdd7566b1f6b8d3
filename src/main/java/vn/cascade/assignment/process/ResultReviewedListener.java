package vn.cascade.assignment.process;

import static vn.cascade.assignment.AssignmentProcess.Vars.REVIEW_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.assignment.AssignmentService;

/** Complete listener of "review result" ({@code ${resultReviewed}}): a returned result goes back to work. */
@Component("resultReviewed")
class ResultReviewedListener implements TaskListener {

  private final AssignmentService assignments;

  ResultReviewedListener(AssignmentService assignments) {
    this.assignments = assignments;
  }

  @Override
  public void notify(DelegateTask task) {
    if (AssignmentProcess.RETURN.equals(task.getVariable(REVIEW_DECISION))) {
      assignments.returnForRevision(task.getProcessInstanceId());
    }
  }
}
