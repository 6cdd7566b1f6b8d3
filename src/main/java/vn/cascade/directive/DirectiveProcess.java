package vn.cascade.directive;

import vn.cascade.common.ProcessVariable;

import vn.cascade.assignment.AssignmentProcess;

/**
 * Process API of {@code bpmn/directive.bpmn}: the key, the element ids and the variable names, so that none of
 * them is a loose string elsewhere.
 */
public final class DirectiveProcess {

  public static final String KEY = "directive";

  /** Element ids. */
  public static final class Elements {
    public static final String REGISTERED = "DirectiveRegistered";
    public static final String DECIDE = "DecideAdvisoryUnit";
    public static final String DRAFT = "DraftDispatch";
    public static final String SUBMIT = "SubmitDraft";
    public static final String APPROVE = "ApproveDispatch";
    public static final String ISSUE = "IssueDispatch";
    public static final String ASSIGN_UNITS = "AssignUnits";
    public static final String WAIT_ASSIGNMENTS = "WaitAssignments";
    /** Sent when the last unit completed its assignment. */
    public static final String ASSIGNMENTS_MESSAGE = AssignmentProcess.Sends.DISPATCH_COMPLETED_MESSAGE;
    public static final String ALL_DONE = "AllAssignmentsDone";

    private Elements() {}
  }

  /** Variable names. */
  public static final class Vars {
    // registration (start form / REST)
    public static final String INCOMING_NUMBER = "incomingNumber";
    public static final String INCOMING_DATE = "incomingDate";
    public static final String INCOMING_ISSUER = "incomingIssuer";
    public static final String INCOMING_ISSUER_NAME = "incomingIssuerName";
    public static final String INCOMING_TYPE = "incomingType";
    public static final String INCOMING_SUMMARY = "incomingSummary";
    public static final String CENTRAL_DEADLINE = "centralDeadline";
    public static final String ATTACHMENT_ID = "attachmentId";
    public static final String ATTACHMENT_LINKS = "attachmentLinks";
    public static final String INCOMING_ID = "incomingId";
    public static final String UNIT_OPTIONS = "unitOptions";
    public static final String RECIPIENT_OPTIONS = "recipientOptions";
    // decision of the provincial leader
    public static final String ADVISORY_UNIT = "advisoryUnit";
    public static final String ADVISORY_UNIT_NAME = "advisoryUnitName";
    public static final String DRAFT_DEADLINE = "draftDeadline";
    public static final String LEADER_INSTRUCTION = "leaderInstruction";
    // draft
    /** The dispatch's document type (vn.cascade.document.DocumentType code; none = công văn). */
    public static final String DISPATCH_TYPE = "dispatchType";
    public static final String DISPATCH_SUMMARY = "dispatchSummary";
    public static final String DISPATCH_SYMBOL = "dispatchSymbol";
    public static final String ITEMS = "items";
    public static final String DISPATCH_ID = "dispatchId";
    /** The unit codes one job of "assign units" starts assignments for (DispatchRecipients.batches). */
    public static final String UNIT_BATCH = "unitBatch";
    // advisory leader
    public static final String LEADER_DECISION = "leaderDecision";
    public static final String LEADER_COMMENT = "leaderComment";
    // provincial leader
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String RETURN_REASON = "returnReason";
    // issued
    public static final String DISPATCH_NUMBER = "dispatchNumber";
    public static final String DISPATCH_DATE = "dispatchDate";
    public static final String UNIT_CODE = "unitCode";

    private Vars() {}
  }

  /* The fields of each entry of {@code items}: see vn.cascade.dispatch.FormItems.Item. */

  public static final String SUBMIT = "submit";
  public static final String REVISE = "revise";
  public static final String APPROVE = "approve";
  public static final String RETURN = "return";

  /** Typed access to the variables the delegates read (no casts). */
  public static final ProcessVariable<Long> DISPATCH = ProcessVariable.id(Vars.DISPATCH_ID);
  public static final ProcessVariable<String> UNIT_BATCH = ProcessVariable.string(Vars.UNIT_BATCH);

  private DirectiveProcess() {}
}
