package vn.cascade.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import vn.cascade.common.Dates;
import vn.cascade.common.Validation;

/**
 * One period of a periodic report and its data cut-off window (Decree 09/2019/NĐ-CP, Art. 12): the window runs
 * from the 15th of the month before the period's first month to the 14th of the period's last month. So a monthly
 * report of September covers 15/8–14/9; the first quarter 15/12 of the previous year – 14/3; the first half-year
 * 15/12 of the previous year – 14/6, the second 15/6–14/12; the year 15/12 of the previous year – 14/12.
 *
 * @param index 1-based: month 1–12, quarter 1–4, half 1–2, or 1 for the year
 */
public record ReportingPeriod(PeriodKind kind, int year, int index) {

  /** The day of the month on which a cut-off window starts; it ends the day before, in the last month. */
  static final int CUTOFF_START_DAY = 15;

  public ReportingPeriod {
    Objects.requireNonNull(kind, "kind");
    if (index < 1 || index > kind.periodsPerYear()) {
      throw new IllegalArgumentException(kind + " period index " + index + " out of 1.." + kind.periodsPerYear());
    }
  }

  /** The first calendar month of the period, e.g. July for the third quarter. */
  public YearMonth firstMonth() {
    return YearMonth.of(year, (index - 1) * kind.months() + 1);
  }

  /** The last calendar month of the period, e.g. September for the third quarter. */
  public YearMonth lastMonth() {
    return YearMonth.of(year, index * kind.months());
  }

  /** First day of the data window: the 15th of the month before the period's first month. */
  public LocalDate cutoffStart() {
    return firstMonth().minusMonths(1).atDay(CUTOFF_START_DAY);
  }

  /** Last day of the data window (the cut-off): the 14th of the period's last month. */
  public LocalDate cutoffEnd() {
    return lastMonth().atDay(CUTOFF_START_DAY - 1);
  }

  /** The period whose data window contains {@code day}: from the 15th on, a day belongs to the next period. */
  public static ReportingPeriod containing(PeriodKind kind, LocalDate day) {
    YearMonth month = YearMonth.from(day);
    if (day.getDayOfMonth() >= CUTOFF_START_DAY) {
      month = month.plusMonths(1);
    }
    // month's data window ends on its 14th; the period is the one whose last month is at or after it
    int index = (month.getMonthValue() - 1) / kind.months() + 1;
    return new ReportingPeriod(kind, month.getYear(), index);
  }

  public ReportingPeriod next() {
    return index < kind.periodsPerYear() ? new ReportingPeriod(kind, year, index + 1)
        : new ReportingPeriod(kind, year + 1, 1);
  }

  /** A stable code, e.g. {@code 2025-M09}, {@code 2025-Q3}, {@code 2025-H1}, {@code 2025-Y}. */
  public String code() {
    return switch (kind) {
      case MONTHLY -> String.format("%d-M%02d", year, index);
      case QUARTERLY -> year + "-Q" + index;
      case HALF_YEARLY -> year + "-H" + index;
      case ANNUAL -> year + "-Y";
    };
  }

  public static ReportingPeriod parse(PeriodKind kind, String code) {
    try {
      int year = Integer.parseInt(code.substring(0, 4));
      int index = kind == PeriodKind.ANNUAL ? 1 : Integer.parseInt(code.substring(6));
      ReportingPeriod period = new ReportingPeriod(kind, year, index);
      if (!period.code().equals(code)) {
        throw new IllegalArgumentException(code);
      }
      return period;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("Not a " + kind + " period code: " + code, e);
    }
  }

  /**
   * A period named by its code alone, of whichever kind the code says: {@code 2025-M09}, {@code 2025-Q3},
   * {@code 2025-H1}, {@code 2025-Y}.
   */
  public static ReportingPeriod parse(String code) {
    PeriodKind kind = code == null || code.length() < 6 ? null : switch (code.charAt(5)) {
      case 'M' -> PeriodKind.MONTHLY;
      case 'Q' -> PeriodKind.QUARTERLY;
      case 'H' -> PeriodKind.HALF_YEARLY;
      case 'Y' -> PeriodKind.ANNUAL;
      default -> null;
    };
    if (kind == null) {
      throw new IllegalArgumentException("Not a period code: " + code);
    }
    return parse(kind, code);
  }

  /**
   * A report may be asked for a period whose data window has begun by {@code today} (also one long over), not for
   * one still to come.
   */
  void requireBegun(Validation v, String field, LocalDate today) {
    v.require(!cutoffStart().isAfter(today), field, "Kỳ báo cáo " + label()
        + " chưa bắt đầu: số liệu của kỳ tính từ ngày " + Dates.vn(cutoffStart()) + ".");
  }

  /** The Vietnamese message for a code that names no period, with the forms it may take. */
  static String notAPeriod(String code) {
    return "Kỳ báo cáo '" + code + "' không đúng dạng. Ví dụ: 2025-M09 (tháng 9 năm 2025), 2025-Q3 (quý III năm "
        + "2025), 2025-H1 (6 tháng đầu năm 2025), 2025-Y (năm 2025).";
  }

  /** As users read it, e.g. "tháng 9 năm 2025", "quý III năm 2025", "6 tháng đầu năm 2025", "năm 2025". */
  public String label() {
    return switch (kind) {
      case MONTHLY -> "tháng " + index + " năm " + year;
      case QUARTERLY -> "quý " + new String[] {"I", "II", "III", "IV"}[index - 1] + " năm " + year;
      case HALF_YEARLY -> (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
      case ANNUAL -> "năm " + year;
    };
  }
}
