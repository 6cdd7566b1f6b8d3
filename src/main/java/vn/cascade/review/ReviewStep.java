package vn.cascade.review;

/**
 * An approve-or-return step of a process: its user task's id, what is reviewed (the {@code review_entry.subject}),
 * the decision variable with its "go on" and "send back" values, and the comment variable.
 */
public record ReviewStep(String taskId, String subject, String decisionVar, String forward, String back,
    String commentVar) {

  /**
   * A feature's review steps, declared by the feature with its process-API constants (a bean); review thus knows
   * no process's names.
   */
  public interface Source {
    java.util.List<ReviewStep> reviewSteps();
  }
}
