package vn.cascade.calendar;

import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.cascade.common.Dates;

/**
 * Due dates for BPMN expressions ({@code ${deadlines.endOfDay(draftDeadline)}}): a deadline given as a day ends at
 * the end of that day in the province's time zone, which is what Tasklist then shows.
 */
@Component("deadlines")
public class Deadlines {

  private final WorkingDayCalendar calendar;

  Deadlines(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  public Date endOfDay(Object day) {
    LocalDate date = Dates.parse(day, "dueDate", "Hạn");
    return date == null ? null : Date.from(calendar.endOfDay(date).toInstant());
  }
}
