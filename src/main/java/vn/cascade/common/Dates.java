package vn.cascade.common;

import java.time.LocalDate;
import vn.cascade.calendar.WorkingDayCalendar;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Dates as forms send them ({@code yyyy-MM-dd}, possibly with a time part) and as Vietnamese users read them. */
public final class Dates {

  public static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Dates() {}

  /** Parses a date variable; null for blank; a Vietnamese error naming the field for anything unreadable. */
  public static LocalDate parse(Object value, String field, String label) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return WorkingDayCalendar.dateOf(date);
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text, VN);
      } catch (DateTimeParseException e2) {
        throw new InvalidInputException(field, label + " không đúng định dạng ngày (ví dụ 2025-02-21): '" + text + "'.");
      }
    }
  }

  /** Why a date in a year without a holiday table cannot be a deadline, and which years can. */
  public static String notCovered(String label, LocalDate date, vn.cascade.calendar.HolidayTable holidays) {
    return label + " " + vn(date) + " nằm ngoài lịch ngày làm việc: lịch ngày nghỉ lễ, Tết hiện chỉ có các năm "
        + years(holidays) + ". Hãy chọn một ngày trong các năm đó (quản trị viên bổ sung năm mới vào tệp lịch "
        + "cascade.calendar.holidays-file).";
  }

  /** The years of the holiday table, e.g. "2025, 2026, 2027". */
  public static String years(vn.cascade.calendar.HolidayTable holidays) {
    return String.join(", ", holidays.years().stream().map(String::valueOf).toList());
  }

  public static String vn(LocalDate date) {
    return date == null ? "" : VN.format(date);
  }
}
