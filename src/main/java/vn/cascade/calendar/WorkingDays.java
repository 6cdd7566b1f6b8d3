package vn.cascade.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Objects;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Working-day deadlines for BPMN expressions, as Spring bean {@code workingDays}.
 *
 * <pre>
 * &lt;bpmn:userTask camunda:dueDate="${workingDays.dueDate(10)}" .../&gt;
 * &lt;bpmn:timerEventDefinition&gt;&lt;bpmn:timeDate&gt;${workingDays.dueIso(3)}&lt;/bpmn:timeDate&gt;...
 * &lt;bpmn:userTask camunda:dueDate="${workingDays.dueDateAfter(receivedAt, 5)}" .../&gt;
 * &lt;bpmn:timeDate&gt;${workingDays.addIso(deadline, -2)}&lt;/bpmn:timeDate&gt;   (reminder 2 working days before)
 * &lt;bpmn:conditionExpression&gt;${workingDays.daysLeft(deadline) &lt; 0}&lt;/bpmn:conditionExpression&gt;
 * </pre>
 *
 * "Today" is the engine clock ({@link ClockUtil#getCurrentTime()}) as a date in Asia/Ho_Chi_Minh. Every due date is
 * the end of the day (23:59:59 Asia/Ho_Chi_Minh). Date arguments may be a {@link Date} (how Camunda stores date
 * variables), a {@code java.time} date or date-time, or an ISO-8601 string ({@code 2026-02-23},
 * {@code 2026-02-23T17:00:00+07:00}).
 */
@Component("workingDays")
public class WorkingDays {

    private final WorkingDayCalendar calendar;

    public WorkingDays(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** End of the n-th working day after today (today not counted; n = 0: today if a working day, else the next). */
    public Date dueDate(int n) {
        return dueDateAfter(today(), n);
    }

    /** Same as {@link #dueDate(int)}, as ISO-8601 text, e.g. {@code 2026-02-23T23:59:59+07:00} (for timer expressions). */
    public String dueIso(int n) {
        return iso(calendar.endOfDay(calendar.addWorkingDays(today(), n)));
    }

    /** The day of {@link #dueDate(int)} as an ISO date, e.g. {@code 2026-02-23} (for display or a date variable). */
    public String due(int n) {
        return calendar.addWorkingDays(today(), n).toString();
    }

    /** End of the n-th working day after {@code start} (e.g. the date a document was received). */
    public Date dueDateAfter(Object start, int n) {
        return Date.from(calendar.endOfDay(calendar.addWorkingDays(toLocalDate(start, "start"), n)).toInstant());
    }

    /** Same as {@link #dueDateAfter(Object, int)}, as ISO-8601 text; n may be negative (working days before). */
    public String addIso(Object start, int n) {
        return iso(calendar.endOfDay(calendar.addWorkingDays(toLocalDate(start, "start"), n)));
    }

    /** End of the deadline that nominally falls on {@code end}: moved to the next working day if {@code end} is a day off. */
    public Date deadline(Object end) {
        return Date.from(calendar.endOfDay(calendar.deadlineFor(toLocalDate(end, "end"))).toInstant());
    }

    /** Working days from today to the deadline's day: positive = left, 0 = due today, negative = overdue. */
    public int daysLeft(Object deadline) {
        return calendar.workingDaysBetween(today(), toLocalDate(deadline, "deadline"));
    }

    /** True if today is a working day (e.g. to send reminders only on working days). */
    public boolean isWorkingDayToday() {
        return calendar.isWorkingDay(today());
    }

    private static LocalDate today() {
        return WorkingDayCalendar.dateOf(ClockUtil.getCurrentTime());
    }

    private static String iso(ZonedDateTime t) {
        return t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The calendar date (in Asia/Ho_Chi_Minh) of a date-like value. */
    static LocalDate toLocalDate(Object value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is null");
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return WorkingDayCalendar.dateOf(d);
        }
        if (value instanceof Instant i) {
            return WorkingDayCalendar.dateOf(i);
        }
        if (value instanceof ZonedDateTime z) {
            return WorkingDayCalendar.dateOf(z.toInstant());
        }
        if (value instanceof OffsetDateTime o) {
            return WorkingDayCalendar.dateOf(o.toInstant());
        }
        if (value instanceof LocalDateTime l) {
            return l.toLocalDate();
        }
        if (value instanceof CharSequence cs) {
            String s = cs.toString().trim();
            try {
                if (s.length() == 10) {
                    return LocalDate.parse(s);
                }
                try {
                    return WorkingDayCalendar.dateOf(OffsetDateTime.parse(s).toInstant());
                } catch (DateTimeParseException noOffset) {
                    return LocalDateTime.parse(s).toLocalDate();
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(what + " '" + s + "' is not an ISO-8601 date or date-time", e);
            }
        }
        throw new IllegalArgumentException(what + " must be a date, got " + value.getClass().getName());
    }
}
