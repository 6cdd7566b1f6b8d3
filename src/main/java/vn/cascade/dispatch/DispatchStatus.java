package vn.cascade.dispatch;

public enum DispatchStatus {
  /** Being drafted or reviewed by the advisory unit and the provincial leader. */
  DRAFT,
  /** Approved, numbered and sent to the recipient units. */
  ISSUED
}
