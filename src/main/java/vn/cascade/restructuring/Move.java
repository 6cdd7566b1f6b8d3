package vn.cascade.restructuring;

/** One item that moves (or would move, in a dry run) from a unit to its successor. */
public record Move(String type, String ref, String from, String to, String detail) {

  public static final String CREATE_UNIT = "CREATE_UNIT";
  public static final String RENAME_UNIT = "RENAME_UNIT";
  public static final String UNIT_STATUS = "UNIT_STATUS";
  public static final String CHILD_UNIT = "CHILD_UNIT";
  public static final String MEMBERSHIP = "MEMBERSHIP";
  /** A user who stays in the ceased unit's group, and why (the dry run says so before anything is applied). */
  public static final String MEMBERSHIP_KEPT = "MEMBERSHIP_KEPT";
  public static final String ASSIGNMENT = "ASSIGNMENT";
  public static final String PROCESS = "PROCESS";
  public static final String TASK = "TASK";
}
