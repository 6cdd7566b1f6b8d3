package vn.cascade.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cascade.common.InvalidInputException;

/** A statistics period as offices publish them: a year ({@code 2025}), a quarter ({@code 2025-Q3}) or a month ({@code 2025-07}). */
public record CompliancePeriod(String code, String label, LocalDate from, LocalDate to) {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  public static CompliancePeriod parse(String code) {
    String c = code == null ? "" : code.trim().toUpperCase();
    Matcher m;
    if ((m = YEAR.matcher(c)).matches()) {
      int year = Integer.parseInt(m.group(1));
      return new CompliancePeriod(c, "Năm " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
    if ((m = QUARTER.matcher(c)).matches()) {
      int year = Integer.parseInt(m.group(1));
      int quarter = Integer.parseInt(m.group(2));
      LocalDate from = LocalDate.of(year, quarter * 3 - 2, 1);
      return new CompliancePeriod(c, "Quý " + ROMAN[quarter - 1] + "/" + year, from,
          YearMonth.of(year, quarter * 3).atEndOfMonth());
    }
    if ((m = MONTH.matcher(c)).matches()) {
      YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      return new CompliancePeriod(c, "Tháng " + m.group(2) + "/" + month.getYear(), month.atDay(1),
          month.atEndOfMonth());
    }
    throw new InvalidInputException("period",
        "Kỳ thống kê không hợp lệ: nhập năm (2025), quý (2025-Q3) hoặc tháng (2025-07).");
  }

  /** The quarter that contains {@code day}. */
  public static CompliancePeriod quarterOf(LocalDate day) {
    return parse(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
  }

  public boolean contains(LocalDate day) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }
}
