package vn.cascade.assignment.process;

import static vn.cascade.assignment.AssignmentProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.common.EngineClock;
import vn.cascade.dispatch.DispatchService;
import vn.cascade.assignment.AssignmentProcess;

/** Service task "issue sub-dispatch" ({@code ${issueSubDispatch}}): the unit's own number, e.g. 05/UBND-TCKH. */
@Component("issueSubDispatch")
class IssueSubDispatchDelegate implements JavaDelegate {

  private final DispatchService dispatches;
  private final EngineClock clock;

  IssueSubDispatchDelegate(DispatchService dispatches, EngineClock clock) {
    this.dispatches = dispatches;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var dispatch = dispatches.issue(AssignmentProcess.SUB_DISPATCH.require(execution), clock.today());
    execution.setVariable(SUB_DISPATCH_NUMBER, dispatch.getNumberSymbol());
  }
}
