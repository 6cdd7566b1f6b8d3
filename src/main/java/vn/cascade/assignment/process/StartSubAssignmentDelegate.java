package vn.cascade.assignment.process;

import static vn.cascade.assignment.AssignmentProcess.Vars.*;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.AssignmentProcess;

/**
 * Multi-instance service task "start sub-assignments" ({@code ${startSubAssignment}}), one async job per unit:
 * starts the sub-unit's own {@code assignment}, which reports back through {@code notifyParentAssignment}.
 */
@Component("startSubAssignment")
class StartSubAssignmentDelegate implements JavaDelegate {

  private final RuntimeService runtimeService;

  StartSubAssignmentDelegate(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    runtimeService.startProcessInstanceByKey(AssignmentProcess.KEY,
        (String) execution.getVariable(SUB_DISPATCH_NUMBER),
        Map.of(DISPATCH_ID, execution.getVariable(SUB_DISPATCH_ID),
            UNIT_CODE, execution.getVariable(SUB_UNIT),
            PARENT_ASSIGNMENT_ID, execution.getVariable(ASSIGNMENT_ID)));
  }
}
