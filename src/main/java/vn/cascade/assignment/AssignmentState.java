package vn.cascade.assignment;

public enum AssignmentState {
  /** Waiting for the unit leader to assign a specialist. */
  RECEIVED,
  /** A specialist is working on it (also after a return). */
  IN_PROGRESS,
  /** The result waits for the leader's approval. */
  IN_REVIEW,
  COMPLETED
}
