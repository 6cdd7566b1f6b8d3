package vn.cascade.deadline;

import java.time.LocalDate;
import java.util.List;
import vn.cascade.common.ProcessVariable;

/**
 * Process API of {@code bpmn/deadline-check.bpmn}: every morning at {@code cascade.deadlines.check-time}, one set-based
 * check of every open timed task (Cascade's register {@code timed_task}) in chunks of {@link #CHUNK_SIZE}, each chunk
 * one job of a sequential multi-instance; then, not before {@code cascade.mail.digest-time}, the morning's digest
 * ({@code mail-digest}, a call activity).
 */
public final class DeadlineCheckProcess {

  public static final String KEY = "deadline-check";

  /** Registered tasks per chunk (one job, one transaction). */
  public static final int CHUNK_SIZE = 1000;

  /** Element ids. */
  public static final class Elements {
    public static final String MORNING = "MorningCheck";
    public static final String PLAN = "PlanChunks";
    public static final String CHECK_CHUNK = "CheckChunk";
    public static final String DIGEST_TIME = "DigestTime";
    public static final String DIGEST = "SendMorningDigest";
    public static final String DONE = "MorningChecked";

    private Elements() {}
  }

  /** The day checked (a chunk retried after midnight still belongs to its morning). */
  public static final ProcessVariable<LocalDate> MORNING = ProcessVariable.date("morning");
  /** The chunks, each "firstId-lastId" of the register; empty on a day off. */
  public static final String CHUNKS = "chunks";
  /** The multi-instance's element: the chunk one job checks. */
  public static final ProcessVariable<String> CHUNK = ProcessVariable.string("chunk");
  /** Per chunk (local to its instance, shown in Cockpit's history): tasks checked, notices queued. */
  public static final ProcessVariable<Integer> CHECKED = ProcessVariable.integer("checked");
  public static final ProcessVariable<Integer> QUEUED = ProcessVariable.integer("queued");
  /** The morning's totals so far (the chunks run one after another): tasks checked, notices queued. */
  public static final ProcessVariable<Integer> CHECKED_TOTAL = ProcessVariable.integer("checkedTotal");
  public static final ProcessVariable<Integer> QUEUED_TOTAL = ProcessVariable.integer("queuedTotal");

  /** The chunks of the plan. */
  @SuppressWarnings("unchecked")
  public static List<String> chunks(org.camunda.bpm.engine.delegate.VariableScope scope) {
    Object value = scope.getVariable(CHUNKS);
    return value == null ? List.of() : (List<String>) value;
  }

  private DeadlineCheckProcess() {}
}
