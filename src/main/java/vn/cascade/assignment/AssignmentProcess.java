package vn.cascade.assignment;

import vn.cascade.common.ProcessVariable;

/** Process API of {@code bpmn/assignment.bpmn}: key, element ids and variable names. */
public final class AssignmentProcess {

  public static final String KEY = "assignment";

  /** Element ids. */
  public static final class Elements {
    public static final String REGISTER = "RegisterAssignment";
    public static final String RECEIVE = "ReceiveTask";
    public static final String CARRY_OUT = "CarryOut";
    public static final String REVIEW = "ReviewResult";
    public static final String COMPLETE = "RecordCompletion";
    public static final String DONE = "AssignmentDone";
    public static final String WORK = "WorkOnTask";
    public static final String DECIDE_EXTENSION = "DecideExtension";
    public static final String EXTENSION_MESSAGE = "ExtensionRequested";
    public static final String DRAFT_SUB_DISPATCH = "DraftSubDispatch";
    public static final String SIGN_SUB_DISPATCH = "SignSubDispatch";
    public static final String WAIT_SUB_ASSIGNMENTS = "WaitSubAssignments";
    public static final String CONSOLIDATE = "ConsolidateSubResults";
    public static final String SUB_ASSIGNMENTS_MESSAGE = "SubAssignmentsCompleted";

    private Elements() {}
  }

  /** Messages this process sends to instances of other processes. */
  public static final class Sends {
    /** To the directive (its "WaitAssignments") when every unit of a provincial dispatch has completed. */
    public static final String DISPATCH_COMPLETED_MESSAGE = "AssignmentsCompleted";

    private Sends() {}
  }

  /** Variable names. */
  public static final class Vars {
    public static final String DISPATCH_ID = "dispatchId";
    public static final String UNIT_CODE = "unitCode";
    public static final String ASSIGNMENT_ID = "assignmentId";
    /** Shown in Tasklist's columns (filters show top-level variables only), so kept as variables of their own. */
    public static final String UNIT_NAME = "unitName";
    public static final String DISPATCH_NUMBER = "dispatchNumber";
    /**
     * What the unit's forms show, in one JSON variable (the forms bind {@code info.dispatchDate} and so on):
     * the keys {@link #DISPATCH_DATE}, {@link #DISPATCH_SUMMARY}, {@link #UNIT_ITEMS}, {@link #DUE_DATE_TEXT} and
     * {@link #SPECIALIST_OPTIONS}. One variable instead of five, in every unit of a fan-out.
     */
    public static final String INFO = "info";
    public static final String DISPATCH_DATE = "dispatchDate";
    public static final String DISPATCH_SUMMARY = "dispatchSummary";
    public static final String UNIT_ITEMS = "unitItems";
    public static final String DUE_DATE = "dueDate";
    public static final String DUE_DATE_TEXT = "dueDateText";
    /** A key of {@link #INFO}: the link to the directive's PDF (Markdown), shown by every form of the unit. */
    public static final String ATTACHMENT_LINKS = "attachmentLinks";
    /** A key of {@link #INFO}. */
    public static final String SPECIALIST_OPTIONS = "specialistOptions";
    public static final String SPECIALIST = "specialist";
    public static final String SPECIALIST_NAME = "specialistName";
    public static final String LEADER_NOTE = "leaderNote";
    public static final String RESULT_TEXT = "resultText";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_COMMENT = "reviewComment";
    // unit leader signing a re-dispatch
    public static final String SIGN_SUB_DECISION = "signSubDecision";
    public static final String SIGN_SUB_COMMENT = "signSubComment";
    public static final String COMPLETED_ON_TIME = "completedOnTime";
    /** The unit that follows the dispatch up for the assigning level (its advisory unit). */
    public static final String ASSIGNER_UNIT = "assignerUnit";
    // extension (xin gia hạn)
    public static final String EXTENSION_REQUEST_ID = "extensionRequestId";
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String EXTENSION_REQUESTED_BY = "extensionRequestedBy";
    public static final String PROPOSED_DATE = "proposedDate";
    public static final String CURRENT_DUE_DATE = "currentDueDate";
    public static final String EXTENSION_DECISION = "extensionDecision";
    public static final String GRANTED_DATE = "grantedDate";
    public static final String EXTENSION_COMMENT = "extensionComment";
    // re-dispatch to the units below (cascade of any depth)
    public static final String HANDLING = "handling";
    /** Set (true, with {@link #SUB_UNIT_OPTIONS}) only for a unit with units below it; absent otherwise. */
    public static final String CAN_REDISPATCH = "canRedispatch";
    public static final String SUB_UNIT_OPTIONS = "subUnitOptions";
    public static final String SUB_DISPATCH_SUMMARY = "subDispatchSummary";
    public static final String SUB_DISPATCH_SYMBOL = "subDispatchSymbol";
    public static final String SUB_ITEMS = "subItems";
    public static final String SUB_DISPATCH_ID = "subDispatchId";
    public static final String SUB_DISPATCH_NUMBER = "subDispatchNumber";
    /** The unit codes one multi-instance job starts assignments for (DispatchRecipients.batches). */
    public static final String UNIT_BATCH = "unitBatch";
    public static final String PARENT_ASSIGNMENT_ID = "parentAssignmentId";
    public static final String SUB_RESULTS = "subResults";
    public static final String MISSING_UNITS = "missingUnits";

    /**
     * Copies of Cascade's own records that the instance carries: the references to them (dispatch, unit, assignment,
     * the parent's assignment, the assigning level's unit), the due date of the assignment row, and what the unit's
     * forms and Tasklist columns show (unit, dispatch and its items, staff, the units below). No history is kept of
     * these copies (vn.cascade.history.CascadeHistoryLevel): the records they come from are the history, and the
     * assignment row names its process instance. The variables people decide with (handling, specialist, review and
     * extension decisions, results) keep theirs.
     */
    public static final java.util.Set<String> RECORD_COPIES = java.util.Set.of(DISPATCH_ID, UNIT_CODE, ASSIGNMENT_ID,
        PARENT_ASSIGNMENT_ID, ASSIGNER_UNIT, DUE_DATE, UNIT_NAME, DISPATCH_NUMBER, INFO, CAN_REDISPATCH,
        SUB_UNIT_OPTIONS);

    private Vars() {}
  }

  /** The {@link Vars#INFO} the scope sees, as a map (empty when there is none). */
  public static java.util.Map<String, Object> info(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return vn.cascade.common.JsonVariables.object(scope.getVariableTyped(Vars.INFO));
  }

  /** Changes one key of the instance's {@link Vars#INFO} (e.g. the due date's text after an extension). */
  public static void updateInfo(org.camunda.bpm.engine.delegate.VariableScope scope, String key, Object value) {
    java.util.Map<String, Object> info = new java.util.LinkedHashMap<>(info(scope));
    info.put(key, value);
    scope.setVariable(Vars.INFO, vn.cascade.common.JsonVariables.json(info));
  }

  public static final String APPROVE = "approve";
  public static final String RETURN = "return";
  public static final String REDISPATCH = "redispatch";
  public static final String SELF = "self";

  /** Typed access to the variables the delegates read (no casts). */
  public static final ProcessVariable<Long> DISPATCH = ProcessVariable.id(Vars.DISPATCH_ID);
  public static final ProcessVariable<String> UNIT = ProcessVariable.string(Vars.UNIT_CODE);
  public static final ProcessVariable<Long> ASSIGNMENT = ProcessVariable.id(Vars.ASSIGNMENT_ID);
  public static final ProcessVariable<Long> SUB_DISPATCH = ProcessVariable.id(Vars.SUB_DISPATCH_ID);
  public static final ProcessVariable<String> SUB_DISPATCH_NUMBER = ProcessVariable.string(Vars.SUB_DISPATCH_NUMBER);
  public static final ProcessVariable<String> UNIT_BATCH = ProcessVariable.string(Vars.UNIT_BATCH);

  private AssignmentProcess() {}
}
