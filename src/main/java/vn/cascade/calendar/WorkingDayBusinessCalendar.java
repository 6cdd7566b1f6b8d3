package vn.cascade.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda {@link BusinessCalendar} that counts days as Vietnamese working days. Registered in the engine under
 * {@value #NAME} by {@link WorkingDayCalendarPlugin}.
 *
 * <h2>Grammar of a due date description</h2>
 * <table>
 *   <caption>accepted descriptions</caption>
 *   <tr><th>form</th><th>example</th><th>result</th></tr>
 *   <tr><td>{@code P<n>D}, n ≥ 0</td><td>{@code P5D}</td>
 *       <td>end of day (23:59:59 Asia/Ho_Chi_Minh) of the n-th <b>working</b> day after the start date
 *           ({@link WorkingDayCalendar#addWorkingDays}; the start day is not counted; {@code P0D} = the start date if
 *           it is a working day, else the next working day)</td></tr>
 *   <tr><td>{@code PT<duration>}</td><td>{@code PT4H}, {@code PT30M}, {@code PT1H30M}, {@code PT90S}</td>
 *       <td>start instant plus that elapsed time, <b>not</b> adjusted to working days or hours</td></tr>
 *   <tr><td>ISO date</td><td>{@code 2026-02-23}</td><td>end of that day (23:59:59 Asia/Ho_Chi_Minh), not moved</td></tr>
 *   <tr><td>ISO date-time with offset</td><td>{@code 2026-02-23T17:00:00+07:00}, {@code 2026-02-23T10:00:00Z}</td>
 *       <td>that instant, passed through</td></tr>
 *   <tr><td>ISO local date-time</td><td>{@code 2026-02-23T17:00:00}</td><td>that time in Asia/Ho_Chi_Minh</td></tr>
 * </table>
 * The start is the {@code startDate} argument, or the engine clock {@link ClockUtil#getCurrentTime()} when there is
 * none. Leading/trailing blanks are ignored; the letters may be lower case. Anything else (months, years, weeks,
 * mixed {@code P1DT2H}, negative periods, cycles {@code R/...}) is rejected with a {@link ProcessEngineException},
 * as is a date in a year without holiday table.
 *
 * <p>Note: Camunda 7 resolves user task {@code camunda:dueDate}/{@code followUpDate} with the fixed calendar
 * {@code "dueDate"} and timers with {@code "dueDate"}/{@code "duration"}/{@code "cycle"}; a BPMN model cannot name
 * this calendar. From BPMN use the expression bean {@link WorkingDays} ({@code ${workingDays.dueDate(10)}}); this
 * calendar serves Java code that goes through the engine's business calendar manager.
 */
public class WorkingDayBusinessCalendar implements BusinessCalendar {

    /** Name under which the calendar is registered in the engine. */
    public static final String NAME = "working-days";

    private static final Pattern WORKING_DAYS = Pattern.compile("P(\\d{1,5})D");
    private static final Pattern TIME_DURATION = Pattern.compile("PT(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final WorkingDayCalendar calendar;

    public WorkingDayBusinessCalendar(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public Date resolveDuedate(String duedateDescription) {
        return resolveDuedate(duedateDescription, (Date) null);
    }

    @Override
    public Date resolveDuedate(String duedateDescription, Task task) {
        return resolveDuedate(duedateDescription, (Date) null);
    }

    @Override
    public Date resolveDuedate(String duedateDescription, Date startDate) {
        if (duedateDescription == null || duedateDescription.isBlank()) {
            throw new ProcessEngineException("empty due date description for business calendar '" + NAME + "'");
        }
        String description = duedateDescription.trim();
        Instant start = (startDate != null ? startDate : ClockUtil.getCurrentTime()).toInstant();
        try {
            return Date.from(resolve(description, start));
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            throw new ProcessEngineException("cannot resolve due date '" + description + "' with business calendar '"
                    + NAME + "': " + e.getMessage(), e);
        }
    }

    private Instant resolve(String description, Instant start) {
        String upper = description.toUpperCase(Locale.ROOT);
        Matcher days = WORKING_DAYS.matcher(upper);
        if (days.matches()) {
            int n = Integer.parseInt(days.group(1));
            LocalDate due = calendar.addWorkingDays(WorkingDayCalendar.dateOf(start), n);
            return calendar.endOfDay(due).toInstant();
        }
        if (TIME_DURATION.matcher(upper).matches() && upper.length() > 2) {
            return start.plus(Duration.parse(upper));
        }
        if (DATE.matcher(description).matches()) {
            return calendar.endOfDay(LocalDate.parse(description)).toInstant();
        }
        if (description.length() > 10 && description.charAt(10) == 'T') {
            try {
                return OffsetDateTime.parse(description).toInstant();
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(description).atZone(WorkingDayCalendar.ZONE).toInstant();
            }
        }
        throw new IllegalArgumentException("unsupported description; use P<n>D (working days), PT<n>H/M/S "
                + "(elapsed time), an ISO date (yyyy-MM-dd) or an ISO date-time");
    }
}
