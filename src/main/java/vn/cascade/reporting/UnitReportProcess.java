package vn.cascade.reporting;

import vn.cascade.common.ProcessVariable;

/** Process API of {@code bpmn/unit-report.bpmn}: one unit drafts, signs and sends its report to Finance. */
public final class UnitReportProcess {

  public static final String KEY = "unit-report";

  /** Element ids. */
  public static final class Elements {
    public static final String REQUESTED = "UnitReportRequested";
    public static final String OPEN = "OpenUnitReport";
    public static final String DRAFT = "DraftUnitReport";
    public static final String SIGN = "SignUnitReport";
    public static final String REVIEW = "ReviewUnitReport";
    public static final String ACCEPTED = "UnitReportAccepted";

    private Elements() {}
  }

  /** Variable names. */
  public static final class Vars {
    public static final String REQUEST_ID = "requestId";
    public static final String UNIT_CODE = "unitCode";
    public static final String UNIT_REPORT_ID = "unitReportId";
    public static final String UNIT_NAME = "unitName";
    public static final String REQUEST_NUMBER = "requestNumber";
    public static final String REQUEST_DATE = "requestDate";
    public static final String SUBJECT = "subject";
    public static final String DIRECTIVES = "directives";
    public static final String OUTLINE = "outline";
    public static final String UNIT_DEADLINE = "unitDeadline";
    public static final String PERIOD_LABEL = "periodLabel";
    // the report (outline of the seed report)
    public static final String PLANNING = "planning";
    public static final String ACHIEVED = "achieved";
    public static final String DIFFICULTIES = "difficulties";
    public static final String PROPOSALS = "proposals";
    public static final String FIGURES = "figures";
    public static final String ATTACHMENTS_NOTE = "attachmentsNote";
    public static final String VERSION = "version";
    public static final String REPORT_NUMBER = "reportNumber";
    public static final String DOCX_LINK = "docxLink";
    // unit leader
    public static final String SIGN_DECISION = "signDecision";
    public static final String SIGN_COMMENT = "signComment";
    // Finance coordinator
    public static final String ACCEPT_DECISION = "acceptDecision";
    public static final String ACCEPT_COMMENT = "acceptComment";

    private Vars() {}
  }

  /** Figure row fields inside {@code figures}. */
  public static final class Figure {
    public static final String INDICATOR = "indicator";
    public static final String MEASURE = "measure";
    public static final String VALUE = "value";
    public static final String NOTE = "note";

    private Figure() {}
  }

  public static final String APPROVE = "approve";
  public static final String ACCEPT = "accept";
  public static final String RETURN = "return";

  /** Typed access to the variables the delegates read (no casts). */
  public static final ProcessVariable<Long> REQUEST = ProcessVariable.id(Vars.REQUEST_ID);
  public static final ProcessVariable<String> UNIT = ProcessVariable.string(Vars.UNIT_CODE);

  private UnitReportProcess() {}
}
