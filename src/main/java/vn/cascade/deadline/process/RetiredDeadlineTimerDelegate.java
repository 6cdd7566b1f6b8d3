package vn.cascade.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ${deadlineCheck}}: the service task of the daily per-task timers that instances started on the models'
 * earlier versions still carry. It does nothing: the morning check ({@code deadline-check}) checks their tasks too
 * (the register is filled from the open tasks at start-up, {@code TimedTasks.registerOpenTasks}), so such a timer
 * neither fails nor mails a second time.
 */
@Component("deadlineCheck")
class RetiredDeadlineTimerDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    // retired: see deadline-check
  }
}
