package vn.cascade.reporting;

/** The lifecycle of one unit's report, as stored. */
public enum UnitReportStage {
  /** The unit has the request but has not drafted anything yet. */
  NOT_STARTED,
  /** A draft exists; the specialist writes it or the unit leader reviews it (also after the leader returned it). */
  DRAFTING,
  /** Signed by the unit leader and sent to Finance, which has not decided yet. */
  SUBMITTED,
  /** Finance returned it with comments; the unit revises. */
  RETURNED,
  /** Finance accepted it. */
  ACCEPTED,
  /** Collection closed before the unit sent a report. */
  MISSING
}
