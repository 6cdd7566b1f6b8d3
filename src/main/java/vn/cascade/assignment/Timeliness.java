package vn.cascade.assignment;

import java.time.LocalDate;

/** The four categories official statistics count tasks in (DOMAIN.md §3). */
public enum Timeliness {
  COMPLETED_ON_TIME("Hoàn thành đúng hạn"),
  COMPLETED_LATE("Hoàn thành quá hạn"),
  OPEN_WITHIN_TERM("Đang thực hiện, trong hạn"),
  OPEN_OVERDUE("Quá hạn");

  private final String label;

  Timeliness(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A task due on a day is on time until the end of that day. */
  public static Timeliness of(LocalDate due, LocalDate completedOn, LocalDate today) {
    if (completedOn != null) {
      return completedOn.isAfter(due) ? COMPLETED_LATE : COMPLETED_ON_TIME;
    }
    return today.isAfter(due) ? OPEN_OVERDUE : OPEN_WITHIN_TERM;
  }
}
