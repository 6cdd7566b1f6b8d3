package vn.cascade.reporting;

import java.time.LocalDate;
import vn.cascade.calendar.WorkingDayCalendar;

/**
 * The deadlines of one report request, one per level it passes through (Decree 09/2019, Art. 12):
 * <ul>
 *   <li>{@code unitDeadline}: units send their reports to the Department of Finance;</li>
 *   <li>{@code collectionCloses}: the last day Finance waits for late units; after it, they are listed as missing;</li>
 *   <li>{@code financeDeadline}: Finance submits the consolidated report to the provincial leader;</li>
 *   <li>{@code sendDeadline}: the province sends it upward.</li>
 * </ul>
 * Every level gets at least one working day after the one below it, and units at least one working day after the
 * data cut-off.
 */
public record ReportDeadlines(LocalDate unitDeadline, LocalDate collectionCloses, LocalDate financeDeadline,
    LocalDate sendDeadline) {

  /** Provinces send periodic reports to the Government by the 25th of the period's last month. */
  static final int PROVINCE_SENDS_BY_DAY = 25;

  /**
   * Deadlines of a periodic report: the province sends by the 25th of the period's last month (or the next working
   * day if that is a day off); units send {@code unitWorkingDays} working days after the cut-off (at least one),
   * brought forward when needed so that Finance and the leader keep one working day each.
   */
  public static ReportDeadlines periodic(WorkingDayCalendar calendar, ReportingPeriod period, int unitWorkingDays) {
    return periodic(calendar, period, unitWorkingDays, null);
  }

  /**
   * The same, for a request opened on {@code openedOn}: a period caught up after its deadlines have passed gets
   * deadlines from that day instead (units {@code unitWorkingDays} working days later, at least one; then one working
   * day for each level above), since a deadline in the past could never be met.
   */
  public static ReportDeadlines periodic(WorkingDayCalendar calendar, ReportingPeriod period, int unitWorkingDays,
      LocalDate openedOn) {
    if (openedOn != null) {
      LocalDate earliest = calendar.addWorkingDays(openedOn, 1);
      ReportDeadlines nominal = periodic(calendar, period, unitWorkingDays, null);
      if (nominal.unitDeadline().isBefore(earliest)) {
        LocalDate unit = calendar.addWorkingDays(openedOn, Math.max(1, unitWorkingDays));
        return withLevels(calendar, unit, calendar.addWorkingDays(unit, 3));
      }
      return nominal;
    }
    LocalDate cutoff = period.cutoffEnd();
    LocalDate nominalSend = period.lastMonth().atDay(PROVINCE_SENDS_BY_DAY);
    LocalDate earliestUnit = calendar.addWorkingDays(cutoff, 1);
    LocalDate unit = calendar.addWorkingDays(cutoff, Math.max(1, unitWorkingDays));
    LocalDate latestUnit = calendar.addWorkingDays(calendar.deadlineFor(nominalSend), -2);
    if (unit.isAfter(latestUnit)) {
      unit = latestUnit.isBefore(earliestUnit) ? earliestUnit : latestUnit;
    }
    return withLevels(calendar, unit, calendar.deadlineFor(nominalSend));
  }

  /**
   * Deadlines of a request the coordinator issues: the units' deadline and the sending deadline as given (a day off
   * moves to the next working day); Finance's deadline is the working day before sending.
   */
  public static ReportDeadlines adHoc(WorkingDayCalendar calendar, LocalDate unitDeadline, LocalDate sendDeadline) {
    return withLevels(calendar, calendar.deadlineFor(unitDeadline), calendar.deadlineFor(sendDeadline));
  }

  private static ReportDeadlines withLevels(WorkingDayCalendar calendar, LocalDate unit, LocalDate send) {
    LocalDate finance = calendar.addWorkingDays(send, -1);
    if (!finance.isAfter(unit)) {
      finance = calendar.addWorkingDays(unit, 1);
    }
    if (!send.isAfter(finance)) {
      send = calendar.addWorkingDays(finance, 1);
    }
    LocalDate closes = calendar.addWorkingDays(finance, -1);
    if (closes.isBefore(unit)) {
      closes = unit;
    }
    return new ReportDeadlines(unit, closes, finance, send);
  }
}
