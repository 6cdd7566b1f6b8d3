package vn.cascade.common;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

/** Dates as forms send them ({@code yyyy-MM-dd}, possibly with a time part) and as Vietnamese users read them. */
public final class Dates {

  public static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** The province's time zone: a day, a deadline, "today" are days in Vietnam. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

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
      return date.toInstant().atZone(ZONE).toLocalDate();
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

  public static String vn(LocalDate date) {
    return date == null ? "" : VN.format(date);
  }
}
