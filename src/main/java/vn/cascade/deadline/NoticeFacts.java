package vn.cascade.deadline;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.mail.MailKind;
import vn.cascade.mail.Notice;

/** Builds notices from a task and its process variables (unit, due date) and the document it is about. */
final class NoticeFacts {

  private NoticeFacts() {}

  static Notice of(MailKind kind, String recipient, Task task, VariableScope process, String document,
      LocalDate day, Integer daysLeft, String comment) {
    Object unit = process.hasVariable("unitName") ? process.getVariable("unitName")
        : process.getVariable("advisoryUnitName");
    LocalDate due = task.getDueDate() == null ? null : WorkingDayCalendar.dateOf(task.getDueDate());
    return new Notice(kind, recipient, task.getId(), day, task.getId(), task.getProcessInstanceId(),
        document, task.getName(), unit == null ? null : unit.toString(), due,
        daysLeft, comment);
  }
}
