package vn.cascade.directive.process;

import static vn.cascade.directive.DirectiveProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.common.EngineClock;
import vn.cascade.dispatch.Dispatch;
import vn.cascade.dispatch.DispatchService;
import vn.cascade.directive.DirectiveProcess;

/** Service task "issue dispatch" ({@code ${issueDispatch}}): gives the approved dispatch its number and date. */
@Component("issueDispatch")
class IssueDispatchDelegate implements JavaDelegate {

  private final DispatchService dispatches;
  private final EngineClock clock;

  IssueDispatchDelegate(DispatchService dispatches, EngineClock clock) {
    this.dispatches = dispatches;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dispatch dispatch = dispatches.issue(DirectiveProcess.DISPATCH.require(execution), clock.today());
    execution.setVariable(DISPATCH_NUMBER, dispatch.getNumberSymbol());
    execution.setVariable(DISPATCH_DATE, dispatch.getIssuedOn().toString());
  }
}
