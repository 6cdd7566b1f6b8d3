package vn.cascade.reporting;

/** Where a report request stands. */
public enum ReportRequestStatus {
  /** Units are drafting and sending their reports. */
  COLLECTING,
  /** Finance consolidates the unit reports (also after the leader returned the draft). */
  CONSOLIDATING,
  /** The consolidated report waits for the provincial leader. */
  IN_APPROVAL,
  /** Approved, numbered and recorded as sent upward. */
  SENT
}
