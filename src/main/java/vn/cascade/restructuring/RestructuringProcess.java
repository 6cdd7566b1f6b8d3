package vn.cascade.restructuring;

import vn.cascade.common.ProcessVariable;

/** Process API of {@code bpmn/restructuring.bpmn}: a merger, renaming or abolition waits for its effective date. */
public final class RestructuringProcess {

  public static final String KEY = "restructuring";

  /** Element ids. */
  public static final class Elements {
    public static final String REQUESTED = "RestructuringRequested";
    public static final String EFFECTIVE_DATE = "EffectiveDate";
    public static final String APPLY = "ApplyRestructuring";
    public static final String APPLIED = "RestructuringApplied";

    private Elements() {}
  }

  /** The restructuring row the instance carries out. */
  public static final ProcessVariable<Long> RESTRUCTURING = ProcessVariable.id("restructuringId");

  /** The business key of the instance of restructuring {@code id}. */
  public static String businessKey(Long id) {
    return KEY + "-" + id;
  }

  private RestructuringProcess() {}
}
