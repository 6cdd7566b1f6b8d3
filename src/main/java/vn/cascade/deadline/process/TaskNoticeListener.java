package vn.cascade.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cascade.deadline.TaskMails;

/**
 * Create listener of every user task ({@code ${taskNotices}}): mails the people who must act: a new task, or work
 * returned for revision (with the reason).
 */
@Component("taskNotices")
class TaskNoticeListener implements TaskListener {

  private final TaskMails mails;

  TaskNoticeListener(TaskMails mails) {
    this.mails = mails;
  }

  @Override
  public void notify(DelegateTask task) {
    mails.taskCreated(task);
  }
}
