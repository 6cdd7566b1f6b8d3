package vn.cascade.assignment.process;

import static vn.cascade.assignment.AssignmentProcess.Vars.RESULT_TEXT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.AssignmentService;
import vn.cascade.common.FormValues;

/** Complete listener of "consolidate sub-results" ({@code ${consolidateSubResults}}): the unit's own result. */
@Component("consolidateSubResults")
class ConsolidateSubResultsListener implements TaskListener {

  private final AssignmentService assignments;

  ConsolidateSubResultsListener(AssignmentService assignments) {
    this.assignments = assignments;
  }

  @Override
  public void notify(DelegateTask task) {
    assignments.submitResult(task.getProcessInstanceId(),
        FormValues.text(task.getVariable(RESULT_TEXT), RESULT_TEXT, "Kết quả thực hiện"));
  }
}
