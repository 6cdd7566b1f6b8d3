package vn.cascade.reporting;

/** Frequencies of periodic reports (Decree 09/2019, Art. 12), each with its number of periods in a year. */
public enum PeriodKind {
  MONTHLY("Hằng tháng", 12),
  QUARTERLY("Hằng quý", 4),
  HALF_YEARLY("6 tháng", 2),
  ANNUAL("Hằng năm", 1);

  private final String label;
  private final int periodsPerYear;

  PeriodKind(String label, int periodsPerYear) {
    this.label = label;
    this.periodsPerYear = periodsPerYear;
  }

  public String label() {
    return label;
  }

  public int periodsPerYear() {
    return periodsPerYear;
  }

  /** Months in one period. */
  public int months() {
    return 12 / periodsPerYear;
  }
}
