package vn.cascade.reporting.process;

import static vn.cascade.reporting.UnitReportProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cascade.reporting.UnitReports;
import vn.cascade.reporting.UnitReportProcess;
import vn.cascade.security.CurrentUser;

/**
 * Complete listener of "sign unit report" ({@code ${unitReportSigned}}), after the review recorder: a signed
 * version gets the unit's number and goes to Finance; a returned one goes back to drafting.
 */
@Component("unitReportSigned")
class UnitReportSignedListener implements TaskListener {

  private final UnitReports reporting;
  private final CurrentUser currentUser;

  UnitReportSignedListener(UnitReports reporting, CurrentUser currentUser) {
    this.reporting = reporting;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    if (UnitReportProcess.APPROVE.equals(task.getVariable(SIGN_DECISION))) {
      String leader = currentUser.idOr(task.getAssignee() == null ? "system" : task.getAssignee());
      task.setVariable(REPORT_NUMBER, reporting.sign(task.getProcessInstanceId(), leader).getNumberSymbol());
    } else {
      reporting.returnedByLeader(task.getProcessInstanceId());
    }
  }
}
