package vn.cascade.reporting.process;

import static vn.cascade.reporting.ReportRequestProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.common.CascadeProperties;
import vn.cascade.reporting.ReportRequest;
import vn.cascade.reporting.ReportingService;

/**
 * Service task "issue consolidated report" ({@code ${issueConsolidatedReport}}): numbers the approved report in the
 * province's series and records it as sent upward.
 */
@Component("issueConsolidatedReport")
class IssueConsolidatedReportDelegate implements JavaDelegate {

  private final ReportingService reporting;
  private final CascadeProperties properties;

  IssueConsolidatedReportDelegate(ReportingService reporting, CascadeProperties properties) {
    this.reporting = reporting;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long requestId = Variables.id(execution.getVariable(REQUEST_ID));
    ReportRequest request = reporting.issue(requestId,
        Variables.text(execution, ConsolidationReviewedListener.APPROVED_BY));
    execution.setVariable(REPORT_NUMBER, request.getReportNumberSymbol());
    execution.setVariable(REPORT_DATE, request.getReportIssuedOn().toString());
    execution.setVariable(DOCX_LINK, "[Tải báo cáo số " + request.getReportNumberSymbol() + " (.docx)]("
        + properties.baseUrl() + "/api/report-requests/" + requestId + "/consolidated.docx)");
  }
}
