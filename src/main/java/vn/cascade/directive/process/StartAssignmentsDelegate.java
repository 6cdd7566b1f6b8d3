package vn.cascade.directive.process;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.AssignmentStarts;
import vn.cascade.directive.DirectiveProcess;

/**
 * Multi-instance service task "assign units" ({@code ${startAssignments}}), one async job per batch of recipient
 * units: starts their {@code assignment} instances under the directive's business key.
 */
@Component("startAssignments")
class StartAssignmentsDelegate implements JavaDelegate {

  private final AssignmentStarts starts;

  StartAssignmentsDelegate(AssignmentStarts starts) {
    this.starts = starts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    starts.startBatch(DirectiveProcess.DISPATCH.require(execution), DirectiveProcess.UNIT_BATCH.from(execution),
        execution.getProcessBusinessKey(), null);
  }
}
