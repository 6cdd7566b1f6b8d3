package vn.cascade.assignment.process;

import static vn.cascade.assignment.AssignmentProcess.Vars.RESULT_TEXT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.AssignmentService;
import vn.cascade.common.FormValues;

/** Complete listener of "carry out" ({@code ${recordResult}}): stores the specialist's result. */
@Component("recordResult")
class RecordResultListener implements TaskListener {

  private final AssignmentService assignments;

  RecordResultListener(AssignmentService assignments) {
    this.assignments = assignments;
  }

  @Override
  public void notify(DelegateTask task) {
    assignments.submitResult(task.getProcessInstanceId(),
        FormValues.text(task.getVariable(RESULT_TEXT), RESULT_TEXT, "Kết quả thực hiện"));
  }
}
