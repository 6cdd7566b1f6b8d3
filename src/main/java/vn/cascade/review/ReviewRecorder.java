package vn.cascade.review;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import vn.cascade.common.EngineClock;
import vn.cascade.common.Validation;
import vn.cascade.security.CurrentUser;

/**
 * Task listener ({@code ${reviewRecorder}}) for every approve-or-return step. On create it clears the previous
 * round's decision and comment, so a form never comes up with last round's answer. On complete it checks the
 * decision and that a return gives its reason, and keeps the decision in {@code review_entry} and as a task comment
 * (Tasklist's history). Which variables a step uses, each process declares ({@link ReviewStep.Source}).
 */
@Component("reviewRecorder")
public class ReviewRecorder implements TaskListener {

  private final ReviewRepository reviews;
  private final TaskService taskService;
  private final CurrentUser currentUser;
  private final EngineClock clock;
  private final ReviewCatalog catalog;

  ReviewRecorder(ReviewRepository reviews, TaskService taskService, CurrentUser currentUser, EngineClock clock,
      ReviewCatalog catalog) {
    this.catalog = catalog;
    this.reviews = reviews;
    this.taskService = taskService;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    ReviewStep step = catalog.step(task.getTaskDefinitionKey()).orElseThrow(() ->
        new IllegalStateException("no process declares a review step for task " + task.getTaskDefinitionKey()));
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().removeVariable(step.decisionVar());
      task.getExecution().removeVariable(step.commentVar());
      return;
    }
    Object decision = task.getVariable(step.decisionVar());
    Validation v = new Validation();
    String comment = v.text(task.getVariable(step.commentVar()), step.commentVar(), "Ý kiến, lý do");
    boolean back = step.back().equals(decision);
    v.require(step.forward().equals(decision) || back, step.decisionVar(),
            "Chưa chọn ý kiến xử lý (đồng ý hoặc trả lại).")
        .require(!back || (comment != null && !comment.toString().isBlank()), step.commentVar(),
            "Khi trả lại cần nêu rõ lý do.")
        .throwIfInvalid();
    String actor = currentUser.idOr(task.getAssignee() == null ? "system" : task.getAssignee());
    String text = comment == null || comment.isBlank() ? null : comment.trim();
    reviews.save(new ReviewEntry(task.getProcessInstanceId(), step.subject(), task.getTaskDefinitionKey(),
        decision.toString(), text, actor, clock.now()));
    if (back) {
      // The comment is part of the decision the user was authorized to make.
      Context.getCommandContext().runWithoutAuthorization(() ->
          taskService.createComment(task.getId(), task.getProcessInstanceId(), "Trả lại: " + text));
    }
  }
}
