package vn.cascade.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cascade.deadline.TaskMails;
import vn.cascade.deadline.TimedTasks;

/**
 * Create listener of every user task ({@code ${taskNotices}}): mails the people who must act: a new task, or work
 * returned for revision (with the reason); a task with a due date joins the register the morning check reads.
 */
@Component("taskNotices")
class TaskNoticeListener implements TaskListener {

  private final TaskMails mails;
  private final TimedTasks timedTasks;

  TaskNoticeListener(TaskMails mails, TimedTasks timedTasks) {
    this.mails = mails;
    this.timedTasks = timedTasks;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.taskCreated(task);
    timedTasks.register(task);
  }
}
