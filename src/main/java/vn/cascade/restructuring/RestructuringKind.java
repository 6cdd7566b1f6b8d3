package vn.cascade.restructuring;

public enum RestructuringKind {
  /** Units A (and B ...) into an existing unit, or into a new unit C. */
  MERGE,
  /** The same unit under a new name. */
  RENAME,
  /** A unit (e.g. a district) ceases; each open item goes up to its parent or down to a unit below, as chosen. */
  ABOLISH
}
