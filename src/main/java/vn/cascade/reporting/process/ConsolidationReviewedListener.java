package vn.cascade.reporting.process;

import static vn.cascade.reporting.ReportRequestProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cascade.reporting.ReportRequestProcess;
import vn.cascade.reporting.ReportingService;
import vn.cascade.security.CurrentUser;

/**
 * Complete listener of "approve consolidated report" ({@code ${consolidationReviewed}}), after the review recorder:
 * a return goes back to Finance; an approval remembers who signs.
 */
@Component("consolidationReviewed")
class ConsolidationReviewedListener implements TaskListener {

  static final String APPROVED_BY = "reportApprovedBy";

  private final ReportingService reporting;
  private final CurrentUser currentUser;

  ConsolidationReviewedListener(ReportingService reporting, CurrentUser currentUser) {
    this.reporting = reporting;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    if (ReportRequestProcess.RETURN.equals(task.getVariable(APPROVAL))) {
      reporting.consolidationReturned(Variables.id(task.getVariable(REQUEST_ID)));
    } else {
      task.setVariable(APPROVED_BY, currentUser.idOr(task.getAssignee() == null ? "system" : task.getAssignee()));
    }
  }
}
