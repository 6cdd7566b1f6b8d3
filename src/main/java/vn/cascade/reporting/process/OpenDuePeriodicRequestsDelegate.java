package vn.cascade.reporting.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.reporting.ReportRegimeService;
import vn.cascade.reporting.ReportRegimeService.DuePeriod;
import vn.cascade.reporting.ReportRequestProcess;

/**
 * Service task of {@code report-schedule} ({@code ${openDuePeriodicRequests}}), run daily by its timer: starts one
 * {@code report-request} for each regime period that is due and not yet requested.
 */
@Component("openDuePeriodicRequests")
class OpenDuePeriodicRequestsDelegate implements JavaDelegate {

  private final ReportRegimeService regimes;
  private final RuntimeService runtimeService;

  OpenDuePeriodicRequestsDelegate(ReportRegimeService regimes, RuntimeService runtimeService) {
    this.regimes = regimes;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (DuePeriod due : regimes.duePeriods()) {
      runtimeService.startProcessInstanceByKey(ReportRequestProcess.KEY, ReportRequestProcess.periodOf(due));
    }
  }
}
