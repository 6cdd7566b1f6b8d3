package vn.cascade.organisation;

public enum UnitStatus {
  ACTIVE,
  /** Merged into {@link Unit#getSuccessorCode()}; shown as "(cũ)". */
  MERGED
}
