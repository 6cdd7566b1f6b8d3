package vn.cascade.reporting.process;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.reporting.ReportingService;

/**
 * Expressions of {@code report-request} ({@code ${reportRequests....}}): the units of the fan-out and the moment the
 * collection closes (the end of its day, Asia/Ho_Chi_Minh), for the boundary timer.
 */
@Component("reportRequests")
public class ReportRequestExpressions {

  private final ReportingService reporting;
  private final WorkingDayCalendar calendar;

  ReportRequestExpressions(ReportingService reporting, WorkingDayCalendar calendar) {
    this.reporting = reporting;
    this.calendar = calendar;
  }

  public List<String> units(Object requestId) {
    return reporting.unitCodes(Variables.id(requestId));
  }

  public String closesAt(Object requestId) {
    return calendar.endOfDay(reporting.require(Variables.id(requestId)).getCollectionCloses())
        .toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
