package vn.cascade.deadline.process;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.common.EngineClock;
import vn.cascade.deadline.DeadlineNotices;

/**
 * Service task after the daily deadline timer ({@code ${deadlineCheck}}): on a working day, for every open task of
 * the instance with a due date, asks the decision {@code reminder-policy} what to send and to whom.
 */
@Component("deadlineCheck")
class DeadlineCheckDelegate implements JavaDelegate {

  public static final String POLICY = "reminder-policy";

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
      for (Map<String, Object> rule : decisionService.evaluateDecisionTableByKey(POLICY,
          Variables.createVariables().putValue("daysLeft", daysLeft)).getResultList()) {
        notices.send(rule.get("notice").toString(), rule.get("recipients").toString(), task, execution, today,
            daysLeft);
      }
    }
  }
}
