package vn.cascade.common;

import java.time.LocalDate;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Due dates for BPMN expressions ({@code ${deadlines.endOfDay(draftDeadline)}}): a deadline given as a day ends at
 * the end of that day in the province's time zone, which is what Tasklist then shows.
 */
@Component("deadlines")
public class Deadlines {

  private final CascadeProperties properties;

  Deadlines(CascadeProperties properties) {
    this.properties = properties;
  }

  public Date endOfDay(Object day) {
    LocalDate date = Dates.parse(day, "dueDate", "Hạn");
    return date == null ? null : Date.from(date.atTime(23, 59, 59).atZone(properties.zoneId()).toInstant());
  }
}
