package vn.cascade.reporting.process;

import static vn.cascade.reporting.UnitReportProcess.Vars.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cascade.common.JsonVariables;
import vn.cascade.reporting.ReportingService;
import vn.cascade.reporting.UnitReportContent;
import vn.cascade.reporting.UnitReportVersion;
import vn.cascade.security.CurrentUser;

/** Complete listener of "draft unit report" ({@code ${saveUnitReportDraft}}): checks and keeps a new version. */
@Component("saveUnitReportDraft")
class SaveUnitReportDraftListener implements TaskListener {

  private final ReportingService reporting;
  private final CurrentUser currentUser;

  SaveUnitReportDraftListener(ReportingService reporting, CurrentUser currentUser) {
    this.reporting = reporting;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    List<?> figures = JsonVariables.listOfObjects(task.getVariableTyped(FIGURES));
    UnitReportVersion version = reporting.saveDraft(task.getProcessInstanceId(), new UnitReportContent(
        Variables.text(task, PLANNING), Variables.text(task, ACHIEVED),
        Variables.text(task, DIFFICULTIES), Variables.text(task, PROPOSALS),
        JsonVariables.json(figures).getValueSerialized(), Variables.text(task, ATTACHMENTS_NOTE)),
        currentUser.idOr(task.getAssignee() == null ? "system" : task.getAssignee()));
    task.setVariable(VERSION, version.getVersionNo());
  }
}
