package vn.cascade.reporting.process;

import static vn.cascade.reporting.UnitReportProcess.Vars.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cascade.common.JsonVariables;
import vn.cascade.reporting.UnitReports;
import vn.cascade.reporting.UnitReportContent;
import vn.cascade.reporting.UnitReportProcess.Figure;
import vn.cascade.reporting.UnitReportVersion;
import vn.cascade.security.CurrentUser;

/**
 * Complete listener of "draft unit report" ({@code ${saveUnitReportDraft}}): checks and keeps a new version. The
 * figures come from the form's numbered rows ({@code figure1Indicator}, {@code figure1Measure}, {@code figure1Value},
 * {@code figure1Note}, ...; Tasklist 7.24 keeps the error entries of a dynamic list, so its "Hoàn thành" would stay
 * disabled once a row is added) or, from API clients, as the Json list {@code figures}; the rows are kept in
 * {@code figures} for the leader's and Finance's forms.
 */
@Component("saveUnitReportDraft")
class SaveUnitReportDraftListener implements TaskListener {

  private final UnitReports reporting;
  private final CurrentUser currentUser;

  SaveUnitReportDraftListener(UnitReports reporting, CurrentUser currentUser) {
    this.reporting = reporting;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Map<String, Object>> figures = figures(task);
    task.setVariable(FIGURES, JsonVariables.json(figures));
    UnitReportVersion version = reporting.saveDraft(task.getProcessInstanceId(), new UnitReportContent(
        Variables.text(task, PLANNING), Variables.text(task, ACHIEVED),
        Variables.text(task, DIFFICULTIES), Variables.text(task, PROPOSALS),
        JsonVariables.json(figures).getValueSerialized(), Variables.text(task, ATTACHMENTS_NOTE)),
        currentUser.idOr(task.getAssignee() == null ? "system" : task.getAssignee()));
    task.setVariable(VERSION, version.getVersionNo());
  }

  static final int FIGURE_ROWS = 10;

  static List<Map<String, Object>> figures(DelegateTask task) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int k = 1; k <= FIGURE_ROWS; k++) {
      String p = "figure" + k;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(Figure.INDICATOR, task.getVariable(p + "Indicator"));
      row.put(Figure.MEASURE, task.getVariable(p + "Measure"));
      row.put(Figure.VALUE, task.getVariable(p + "Value"));
      row.put(Figure.NOTE, task.getVariable(p + "Note"));
      if (row.values().stream().anyMatch(v -> v != null && !v.toString().isBlank())) {
        rows.add(row);
      }
    }
    return rows.isEmpty() ? JsonVariables.listOfObjects(task.getVariableTyped(FIGURES)) : rows;
  }
}
