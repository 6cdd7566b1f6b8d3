package vn.cascade.deadline;

import java.time.LocalDate;
import org.camunda.bpm.engine.task.Task;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.directive.DirectiveProcess;
import vn.cascade.mail.MailKind;
import vn.cascade.mail.Notice;
import vn.cascade.reporting.UnitReportProcess;

/** Builds notices from a task, its instance's facts (the unit it is about) and the document it is about. */
final class NoticeFacts {

  /** The unit's display name: an assignment's or a unit report's unit, else a directive's advisory unit. */
  static final String[] UNIT_NAME = {AssignmentProcess.Vars.UNIT_NAME, UnitReportProcess.Vars.UNIT_NAME,
      DirectiveProcess.Vars.ADVISORY_UNIT_NAME};

  private NoticeFacts() {}

  static Notice of(MailKind kind, String recipient, Task task, ProcessFacts process, String document,
      LocalDate day, Integer daysLeft, String comment) {
    LocalDate due = task.getDueDate() == null ? null : WorkingDayCalendar.dateOf(task.getDueDate());
    return of(kind, recipient, task, process, document, day, due, daysLeft, comment);
  }

  static Notice of(MailKind kind, String recipient, Task task, ProcessFacts process, String document,
      LocalDate day, LocalDate due, Integer daysLeft, String comment) {
    Object unit = process.first(UNIT_NAME);
    return new Notice(kind, recipient, task.getId(), day, task.getId(), task.getProcessInstanceId(),
        document, task.getName(), unit == null ? null : unit.toString(), due, daysLeft, comment);
  }
}
