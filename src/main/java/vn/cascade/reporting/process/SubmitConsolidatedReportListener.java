package vn.cascade.reporting.process;

import static vn.cascade.reporting.ReportRequestProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cascade.reporting.ConsolidatedDraft;
import vn.cascade.reporting.ReportingService;

/** Complete listener of "consolidate" ({@code ${submitConsolidatedReport}}): keeps the coordinator's edited draft. */
@Component("submitConsolidatedReport")
class SubmitConsolidatedReportListener implements TaskListener {

  private final ReportingService reporting;

  SubmitConsolidatedReportListener(ReportingService reporting) {
    this.reporting = reporting;
  }

  @Override
  public void notify(DelegateTask task) {
    reporting.submitConsolidated(Variables.id(task.getVariable(REQUEST_ID)), new ConsolidatedDraft(
        Variables.text(task, CONS_PLANNING), Variables.text(task, CONS_ACHIEVED),
        Variables.text(task, CONS_DIFFICULTIES), Variables.text(task, CONS_PROPOSALS), null));
  }
}
