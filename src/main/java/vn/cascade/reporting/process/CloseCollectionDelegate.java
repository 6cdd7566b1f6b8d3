package vn.cascade.reporting.process;

import static vn.cascade.reporting.ReportRequestProcess.Vars.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.common.CascadeProperties;
import vn.cascade.common.JsonVariables;
import vn.cascade.reporting.ConsolidatedDraft;
import vn.cascade.reporting.ReportRequest;
import vn.cascade.reporting.Figures;
import vn.cascade.reporting.ReportingService;
import vn.cascade.reporting.ReportingService.UnitEntry;
import vn.cascade.reporting.UnitReportStatus;

/**
 * Service task "close collection" ({@code ${closeReportCollection}}), reached when every unit report is accepted or
 * when the collection closes: lists the missing units, assembles the consolidated draft, and gives the coordinator's
 * form the unit reports side by side.
 */
@Component("closeReportCollection")
class CloseCollectionDelegate implements JavaDelegate {

  private final ReportingService reporting;
  private final CascadeProperties properties;

  CloseCollectionDelegate(ReportingService reporting, CascadeProperties properties) {
    this.reporting = reporting;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long requestId = Variables.id(execution.getVariable(REQUEST_ID));
    List<UnitEntry> entries = reporting.close(requestId);
    List<Map<String, Object>> sideBySide = entries.stream().map(e -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("unit", e.unit().getName());
      row.put("status", UnitReportStatus.valueOf(e.report().getStage().name()).label());
      row.put("number", e.sent() == null ? "" : e.sent().getNumberSymbol());
      row.put("planning", e.included() ? e.sent().content().planning() : "");
      row.put("achieved", e.included() ? e.sent().content().achieved() : "");
      row.put("difficulties", e.included() ? e.sent().content().difficulties() : "");
      row.put("proposals", e.included() ? e.sent().content().proposals() : "");
      return row;
    }).toList();
    ReportRequest request = reporting.require(requestId);
    ConsolidatedDraft draft = request.draft();
    execution.setVariable(UNIT_REPORTS, JsonVariables.json(sideBySide));
    execution.setVariable(MISSING_UNITS, request.getMissingUnits() == null ? "" : request.getMissingUnits());
    execution.setVariable(CONS_PLANNING, draft.planning());
    execution.setVariable(CONS_ACHIEVED, draft.achieved());
    execution.setVariable(CONS_DIFFICULTIES, draft.difficulties());
    execution.setVariable(CONS_PROPOSALS, draft.proposals());
    execution.setVariable(CONS_FIGURES, JsonVariables.json(Figures.of(draft.figuresJson())));
    execution.setVariable(DOCX_LINK, "[Tải dự thảo báo cáo tổng hợp (.docx)](" + properties.baseUrl()
        + "/api/report-requests/" + requestId + "/consolidated.docx)");
  }
}
