package vn.cascade.common;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** ISO 8601 repeating intervals for timer cycles: "every day at 07:00 province time, from the next 07:00". */
public final class Cycles {

  private Cycles() {}

  public static String daily(LocalTime at, ZoneId zone, Instant now) {
    ZonedDateTime next = now.atZone(zone).with(at);
    if (!next.toInstant().isAfter(now)) {
      next = next.plusDays(1);
    }
    return "R/" + next.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P1D";
  }
}
