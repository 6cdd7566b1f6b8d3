package vn.cascade.deadline.process;

import java.time.LocalDate;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.common.EngineClock;
import vn.cascade.deadline.DeadlineNotices;
import vn.cascade.deadline.ReminderPolicy;

/**
 * Service task after the daily deadline timer ({@code ${deadlineCheck}}): on a working day, for every open task of
 * the instance with a due date, asks the decision {@code reminder-policy} what to send and to whom.
 */
@Component("deadlineCheck")
class DeadlineCheckDelegate implements JavaDelegate {

  private final TaskService taskService;
  private final DecisionService decisionService;
  private final WorkingDayCalendar calendar;
  private final DeadlineNotices notices;
  private final EngineClock clock;

  DeadlineCheckDelegate(TaskService taskService, DecisionService decisionService, WorkingDayCalendar calendar,
      DeadlineNotices notices, EngineClock clock) {
    this.taskService = taskService;
    this.decisionService = decisionService;
    this.calendar = calendar;
    this.notices = notices;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = clock.today();
    if (!calendar.isWorkingDay(today)) {
      return;
    }
    for (Task task : taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
      if (task.getDueDate() == null) {
        continue;
      }
      int daysLeft = calendar.workingDaysBetween(today, WorkingDayCalendar.dateOf(task.getDueDate()));
      for (ReminderPolicy.Rule rule : ReminderPolicy.evaluate(decisionService, daysLeft)) {
        notices.send(rule.notice(), rule.recipients(), task, execution, today, daysLeft);
      }
    }
  }
}
