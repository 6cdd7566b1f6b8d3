package vn.cascade.reporting.process;

import static vn.cascade.reporting.UnitReportProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.common.CascadeProperties;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.reporting.ReportRequest;
import vn.cascade.reporting.ReportingService;
import vn.cascade.reporting.UnitReports;
import vn.cascade.reporting.UnitReport;
import vn.cascade.reporting.UnitReportProcess;

/**
 * First step of {@code unit-report} ({@code ${openUnitReport}}): links the unit's report row to this instance and
 * gives the unit's forms the request they answer: its number, subject, outline and deadline.
 */
@Component("openUnitReport")
class OpenUnitReportDelegate implements JavaDelegate {

  private final UnitReports unitReports;
  private final ReportingService requests;
  private final OrganisationService organisation;
  private final CascadeProperties properties;

  OpenUnitReportDelegate(UnitReports unitReports, ReportingService requests, OrganisationService organisation,
      CascadeProperties properties) {
    this.unitReports = unitReports;
    this.requests = requests;
    this.organisation = organisation;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long requestId = UnitReportProcess.REQUEST.require(execution);
    String unitCode = UnitReportProcess.UNIT.require(execution);
    UnitReport report = unitReports.open(requestId, unitCode, execution.getProcessInstanceId());
    ReportRequest request = requests.require(requestId);
    execution.setVariable(UNIT_REPORT_ID, report.getId());
    execution.setVariable(UNIT_NAME, organisation.require(unitCode, UNIT_CODE).getName());
    execution.setVariable(REQUEST_NUMBER, request.getRequestNumber() == null ? "Báo cáo định kỳ"
        : request.getRequestNumber());
    execution.setVariable(REQUEST_DATE, request.getRequestedOn().toString());
    execution.setVariable(SUBJECT, request.getSubject());
    execution.setVariable(DIRECTIVES, request.getDirectives());
    execution.setVariable(OUTLINE, request.getOutline());
    execution.setVariable(PERIOD_LABEL, request.getPeriodLabel());
    execution.setVariable(UNIT_DEADLINE, report.getDueDate().toString());
    execution.setVariable(DOCX_LINK, "[Tải báo cáo của đơn vị (.docx)](" + properties.baseUrl()
        + "/api/unit-reports/" + report.getId() + "/docx)");
  }
}
