package vn.cascade.assignment.process;

import static vn.cascade.assignment.AssignmentProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.AssignmentStarts;
import vn.cascade.assignment.AssignmentProcess;

/**
 * Multi-instance service task "start sub-assignments" ({@code ${startSubAssignments}}), one async job per batch of
 * sub-units: starts their own {@code assignment} instances, which report back through {@code notifyParentAssignment}.
 */
@Component("startSubAssignments")
class StartSubAssignmentsDelegate implements JavaDelegate {

  private final AssignmentStarts starts;

  StartSubAssignmentsDelegate(AssignmentStarts starts) {
    this.starts = starts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    starts.startBatch(AssignmentProcess.SUB_DISPATCH.require(execution), AssignmentProcess.UNIT_BATCH.from(execution),
        AssignmentProcess.SUB_DISPATCH_NUMBER.from(execution), AssignmentProcess.ASSIGNMENT.require(execution));
  }
}
