package vn.cascade.calendar;

import vn.cascade.common.Dates;
import vn.cascade.common.Validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * Working-day arithmetic for deadlines of the Vietnamese civil service.
 *
 * <p>A working day is Monday–Friday that is not a day off in the {@link HolidayTable}, or a Saturday/Sunday that
 * the table lists as a make-up working day (ngày làm bù).
 *
 * <p>Counting follows the Civil Code 2015, Art. 147–148: the day of the event (the start) is not counted, and a
 * period that ends on a day off ends at the end of the next working day. Deadlines end at the end of the day
 * ({@link #endOfDay}) in {@link #ZONE}.
 *
 * <p>Every method that looks at a date needs the holiday table of that date's year and throws
 * {@link IllegalArgumentException} ("no holiday table for year 2031; add it to cascade.calendar.holidays-file")
 * otherwise — a deadline is never silently computed without the year's holidays.
 *
 * <p>Usable without Spring: {@code new WorkingDayCalendar(HolidayTable.shipped())}. Immutable and thread-safe.
 */
@Component
public class WorkingDayCalendar {

    /** Time zone of all deadlines. */
    public static final ZoneId ZONE = vn.cascade.common.Dates.ZONE;

    /** Time of day at which a deadline ends. */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final HolidayTable holidays;

    public WorkingDayCalendar(HolidayTable holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    public HolidayTable holidays() {
        return holidays;
    }

    /**
     * A deadline: the date in {@code value}, which the calendar must know (a year in the holiday table); null with
     * its error collected in {@code v} otherwise.
     */
    public LocalDate deadline(Validation v, Object value, String field, String label) {
        LocalDate date = v.date(value, field, label);
        if (date != null && !holidays.covers(date.getYear())) {
            v.require(false, field, notCovered(label, date));
            return null;
        }
        return date;
    }

    /** Why a date in a year without a holiday table cannot be a deadline, and which years can. */
    public String notCovered(String label, LocalDate date) {
        return label + " " + Dates.vn(date) + " nằm ngoài lịch ngày làm việc: lịch ngày nghỉ lễ, Tết hiện chỉ có "
                + "các năm " + years() + ". Hãy chọn một ngày trong các năm đó (quản trị viên bổ sung năm mới vào tệp "
                + "lịch cascade.calendar.holidays-file).";
    }

    /** The years of the holiday table, e.g. "2025, 2026, 2027". */
    public String years() {
        return String.join(", ", holidays.years().stream().map(String::valueOf).toList());
    }

    /** True if civil servants work on this date. */
    public boolean isWorkingDay(LocalDate date) {
        holidays.requireYear(date.getYear());
        if (holidays.isMakeUpWorkingDay(date)) {
            return true;
        }
        return !HolidayTable.isWeekend(date) && !holidays.isDayOff(date);
    }

    /**
     * The {@code n}-th working day after {@code start} (the start day itself is not counted, whatever it is).
     * <ul>
     *   <li>{@code n > 0}: e.g. Fri 13/2/2026 + 1 = Mon 23/2/2026 (Tết);</li>
     *   <li>{@code n == 0}: {@code start} if it is a working day, else the next working day;</li>
     *   <li>{@code n < 0}: the |n|-th working day before {@code start} (e.g. for "remind 2 working days before").</li>
     * </ul>
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n == 0) {
            return deadlineFor(start);
        }
        int step = n > 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate d = start;
        while (remaining > 0) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                remaining--;
            }
        }
        return d;
    }

    /** The day a period that nominally ends on {@code end} really ends: {@code end}, or the next working day if {@code end} is a day off. */
    public LocalDate deadlineFor(LocalDate end) {
        Objects.requireNonNull(end, "end");
        LocalDate d = end;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative (minus the working days after
     * {@code to} up to and including {@code from}) if {@code to} is before {@code from}.
     * So {@code workingDaysBetween(start, addWorkingDays(start, n)) == n} for n &gt; 0, and with
     * {@code from = today, to = deadline} it is the number of working days left (negative = days overdue).
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** 23:59:59 of the date in Asia/Ho_Chi_Minh — the moment a deadline on that day ends. */
    public ZonedDateTime endOfDay(LocalDate date) {
        return date.atTime(END_OF_DAY).atZone(ZONE);
    }

    /** The calendar date of an instant in Asia/Ho_Chi_Minh. */
    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The calendar date of a {@link Date} (e.g. the engine clock) in Asia/Ho_Chi_Minh. */
    public static LocalDate dateOf(Date date) {
        return dateOf(date.toInstant());
    }
}
