package vn.cascade.compliance;

import vn.cascade.assignment.Timeliness;

/**
 * The four official categories (DOMAIN.md §3) of a set of tasks, with each one's share of the tasks assigned, in
 * percent rounded to one decimal.
 */
public record Counts(long assigned, long completedOnTime, long completedLate, long openWithinTerm, long openOverdue,
    double onTimePercent, double latePercent, double withinTermPercent, double overduePercent) {

  static final Counts NONE = new Tally().counts();

  /** Adds tasks up; {@link #counts()} gives the figures. */
  static final class Tally {
    private long onTime;
    private long late;
    private long within;
    private long overdue;

    void add(Timeliness t) {
      switch (t) {
        case COMPLETED_ON_TIME -> onTime++;
        case COMPLETED_LATE -> late++;
        case OPEN_WITHIN_TERM -> within++;
        case OPEN_OVERDUE -> overdue++;
      }
    }

    void add(Tally other) {
      onTime += other.onTime;
      late += other.late;
      within += other.within;
      overdue += other.overdue;
    }

    Counts counts() {
      long total = onTime + late + within + overdue;
      return new Counts(total, onTime, late, within, overdue, percent(onTime, total), percent(late, total),
          percent(within, total), percent(overdue, total));
    }

    private static double percent(long part, long total) {
      return total == 0 ? 0 : Math.round(part * 1000.0 / total) / 10.0;
    }
  }
}
