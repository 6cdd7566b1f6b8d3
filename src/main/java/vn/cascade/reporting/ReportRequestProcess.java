package vn.cascade.reporting;

/**
 * Process API of {@code bpmn/report-request.bpmn}: the {@code report-request} process (a request, the units'
 * reports, the consolidation) and the {@code report-schedule} process (opens periodic requests).
 */
public final class ReportRequestProcess {

  public static final String KEY = "report-request";
  public static final String SCHEDULE_KEY = "report-schedule";

  /** The start variables of the request for one period of a regime (the schedule's, or a catch-up). */
  public static java.util.Map<String, Object> periodOf(ReportRegimeService.DuePeriod due) {
    return java.util.Map.of(Vars.REGIME_ID, due.regimeId(), Vars.PERIOD_CODE, due.period().code());
  }

  /** Element ids. */
  public static final class Elements {
    public static final String REQUESTED = "ReportRequested";
    public static final String COLLECT = "CollectUnitReports";
    public static final String COLLECTION_CLOSED = "CollectionClosed";
    public static final String CLOSE = "CloseCollection";
    public static final String CONSOLIDATE = "ConsolidateReport";
    public static final String APPROVE = "ApproveConsolidatedReport";
    public static final String ISSUE = "IssueConsolidatedReport";
    public static final String SENT = "ConsolidatedReportSent";
    public static final String SCHEDULE_TICK = "ReportScheduleTick";
    public static final String OPEN_DUE = "OpenDuePeriodicRequests";

    private Elements() {}
  }

  /** Variable names. */
  public static final class Vars {
    // the request (start form / REST), or the regime and period of a periodic request
    public static final String REQUEST_NUMBER = "requestNumber";
    public static final String REQUEST_DATE = "requestDate";
    public static final String SUBJECT = "subject";
    public static final String DIRECTIVES = "directives";
    public static final String UNIT_TARGETS = "unitTargets";
    public static final String UNIT_DEADLINE = "unitDeadline";
    public static final String SEND_DEADLINE = "sendDeadline";
    public static final String OUTLINE = "outline";
    public static final String UPWARD_RECIPIENTS = "upwardRecipients";
    public static final String REGIME_ID = "regimeId";
    public static final String PERIOD_CODE = "periodCode";
    // recorded
    public static final String REQUEST_ID = "requestId";
    public static final String REQUEST_LABEL = "requestLabel";
    public static final String FINANCE_DEADLINE = "financeDeadline";
    public static final String COLLECTION_CLOSES = "collectionCloses";
    public static final String UNIT_CODE = "unitCode";
    // consolidation
    public static final String UNIT_REPORTS = "unitReports";
    public static final String MISSING_UNITS = "missingUnits";
    public static final String CONS_PLANNING = "consPlanning";
    public static final String CONS_ACHIEVED = "consAchieved";
    public static final String CONS_DIFFICULTIES = "consDifficulties";
    public static final String CONS_PROPOSALS = "consProposals";
    public static final String CONS_FIGURES = "consFigures";
    public static final String DOCX_LINK = "docxLink";
    // provincial leader
    public static final String APPROVAL = "reportApproval";
    public static final String RETURN_REASON = "reportReturnReason";
    // issued
    public static final String REPORT_NUMBER = "reportNumber";
    public static final String REPORT_DATE = "reportDate";

    private Vars() {}
  }

  public static final String APPROVE = "approve";
  public static final String RETURN = "return";

  private ReportRequestProcess() {}
}
