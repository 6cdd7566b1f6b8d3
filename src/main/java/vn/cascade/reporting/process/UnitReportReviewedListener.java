package vn.cascade.reporting.process;

import static vn.cascade.reporting.UnitReportProcess.Vars.ACCEPT_DECISION;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cascade.reporting.UnitReports;
import vn.cascade.reporting.UnitReportProcess;

/**
 * Complete listener of "review unit report" ({@code ${unitReportReviewed}}), after the review recorder: Finance
 * accepts the report, or returns it to the unit with comments.
 */
@Component("unitReportReviewed")
class UnitReportReviewedListener implements TaskListener {

  private final UnitReports reporting;

  UnitReportReviewedListener(UnitReports reporting) {
    this.reporting = reporting;
  }

  @Override
  public void notify(DelegateTask task) {
    if (UnitReportProcess.ACCEPT.equals(task.getVariable(ACCEPT_DECISION))) {
      reporting.accept(task.getProcessInstanceId());
    } else {
      reporting.returnByFinance(task.getProcessInstanceId());
    }
  }
}
