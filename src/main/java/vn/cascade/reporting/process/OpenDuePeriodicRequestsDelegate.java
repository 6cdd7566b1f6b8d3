package vn.cascade.reporting.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.reporting.ReportRegimeService;
import vn.cascade.reporting.ReportRegimeService.DuePeriod;
import vn.cascade.reporting.ReportRequestProcess;
import vn.cascade.reporting.ReportRequestProcess.Vars;

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
      Map<String, Object> variables = new HashMap<>();
      variables.put(Vars.REGIME_ID, due.regimeId());
      variables.put(Vars.PERIOD_CODE, due.period().code());
      runtimeService.startProcessInstanceByKey(ReportRequestProcess.KEY, variables);
    }
  }
}
