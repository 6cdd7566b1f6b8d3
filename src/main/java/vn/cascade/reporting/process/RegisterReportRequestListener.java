package vn.cascade.reporting.process;

import static vn.cascade.reporting.ReportRequestProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.cascade.common.Dates;
import vn.cascade.common.FormValues;
import vn.cascade.reporting.ReportRequest;
import vn.cascade.reporting.ReportingService;
import vn.cascade.security.CurrentUser;

/**
 * Start listener of {@code report-request} ({@code ${registerReportRequest}}): records the coordinator's request (or
 * the period of a regime, when the schedule starts it) in the same transaction as the start, so bad input starts
 * and saves nothing; then gives the later forms what they show.
 */
@Component("registerReportRequest")
class RegisterReportRequestListener implements ExecutionListener {

  private final ReportingService reporting;
  private final CurrentUser currentUser;

  RegisterReportRequestListener(ReportingService reporting, CurrentUser currentUser) {
    this.reporting = reporting;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object regimeId = execution.getVariable(REGIME_ID);
    ReportRequest request = regimeId != null
        ? reporting.registerPeriodic(Variables.id(regimeId),
            FormValues.text(execution.getVariable(PERIOD_CODE), PERIOD_CODE),
            execution.getProcessInstanceId())
        : reporting.register(new ReportingService.RequestInput(
            Variables.text(execution, REQUEST_NUMBER), execution.getVariable(REQUEST_DATE),
            Variables.text(execution, SUBJECT), Variables.text(execution, DIRECTIVES),
            Variables.strings(execution.getVariableTyped(UNIT_TARGETS)), execution.getVariable(UNIT_DEADLINE),
            execution.getVariable(SEND_DEADLINE), Variables.text(execution, OUTLINE),
            Variables.text(execution, UPWARD_RECIPIENTS), Variables.text(execution, PERIOD_CODE)),
            execution.getProcessInstanceId(), currentUser.idOr("system"));
    String label = request.getRequestNumber() != null
        ? "Công văn số " + request.getRequestNumber() + " ngày " + Dates.vn(request.getRequestedOn())
        : "Báo cáo định kỳ " + request.getPeriodLabel();
    execution.setProcessBusinessKey(request.getRequestNumber() != null ? request.getRequestNumber()
        : "regime-" + request.getRegimeId() + "/" + request.getPeriodCode());
    execution.setVariable(REQUEST_ID, request.getId());
    execution.setVariable(REQUEST_LABEL, label);
    execution.setVariable(REQUEST_NUMBER, request.getRequestNumber());
    execution.setVariable(REQUEST_DATE, request.getRequestedOn().toString());
    execution.setVariable(SUBJECT, request.getSubject());
    execution.setVariable(DIRECTIVES, request.getDirectives());
    execution.setVariable(OUTLINE, request.getOutline());
    execution.setVariable(UPWARD_RECIPIENTS, request.getUpwardRecipients());
    execution.setVariable(UNIT_DEADLINE, request.getUnitDeadline().toString());
    execution.setVariable(COLLECTION_CLOSES, request.getCollectionCloses().toString());
    execution.setVariable(FINANCE_DEADLINE, request.getFinanceDeadline().toString());
    execution.setVariable(SEND_DEADLINE, request.getSendDeadline().toString());
    execution.removeVariable(UNIT_TARGETS);
  }
}
