package vn.cascade.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.cascade.calendar.HolidayTable;
import vn.cascade.calendar.WorkingDayCalendar;

/** Data cut-off windows (Decree 09/2019, Art. 12) and the deadlines per level, on the shipped holiday tables. */
class ReportingPeriodTest {

  static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(HolidayTable.shipped());

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterizedTest(name = "{0} {1}/{2}: {3} – {4}")
  @CsvSource({
      // monthly: 15th of the previous month to the 14th; January reaches back into December
      "MONTHLY, 2025, 9, 2025-08-15, 2025-09-14, tháng 9 năm 2025, 2025-M09",
      "MONTHLY, 2026, 1, 2025-12-15, 2026-01-14, tháng 1 năm 2026, 2026-M01",
      "MONTHLY, 2025, 12, 2025-11-15, 2025-12-14, tháng 12 năm 2025, 2025-M12",
      // quarterly: 15th of the month before the quarter to the 14th of its last month
      "QUARTERLY, 2026, 1, 2025-12-15, 2026-03-14, quý I năm 2026, 2026-Q1",
      "QUARTERLY, 2025, 3, 2025-06-15, 2025-09-14, quý III năm 2025, 2025-Q3",
      "QUARTERLY, 2025, 4, 2025-09-15, 2025-12-14, quý IV năm 2025, 2025-Q4",
      // half-yearly: 15/12 of the previous year – 14/6, and 15/6 – 14/12
      "HALF_YEARLY, 2026, 1, 2025-12-15, 2026-06-14, 6 tháng đầu năm 2026, 2026-H1",
      "HALF_YEARLY, 2025, 2, 2025-06-15, 2025-12-14, 6 tháng cuối năm 2025, 2025-H2",
      // annual: 15/12 of the previous year – 14/12
      "ANNUAL, 2026, 1, 2025-12-15, 2026-12-14, năm 2026, 2026-Y"})
  void cutoffWindowFollowsDecree09Article12(PeriodKind kind, int year, int index, LocalDate start, LocalDate end,
      String label, String code) {
    ReportingPeriod period = new ReportingPeriod(kind, year, index);

    assertThat(period.cutoffStart()).isEqualTo(start);
    assertThat(period.cutoffEnd()).isEqualTo(end);
    assertThat(period.label()).isEqualTo(label);
    assertThat(period.code()).isEqualTo(code);
    assertThat(ReportingPeriod.parse(kind, code)).isEqualTo(period);
  }

  @ParameterizedTest(name = "{0}: 14/12/2025 -> {1}, 15/12/2025 -> {2}")
  @CsvSource({
      "MONTHLY, 2025-M12, 2026-M01",
      "QUARTERLY, 2025-Q4, 2026-Q1",
      "HALF_YEARLY, 2025-H2, 2026-H1",
      "ANNUAL, 2025-Y, 2026-Y"})
  void fromThe15thOfDecemberDataBelongsToTheNextYearsPeriod(PeriodKind kind, String onThe14th, String onThe15th) {
    assertThat(ReportingPeriod.containing(kind, d("2025-12-14")).code()).isEqualTo(onThe14th);
    assertThat(ReportingPeriod.containing(kind, d("2025-12-15")).code()).isEqualTo(onThe15th);
  }

  @ParameterizedTest
  @EnumSource(PeriodKind.class)
  void windowsOfConsecutivePeriodsTileTheYearWithoutGapsOrOverlaps(PeriodKind kind) {
    ReportingPeriod period = new ReportingPeriod(kind, 2025, 1);
    for (int i = 0; i < kind.periodsPerYear() * 2; i++) {
      ReportingPeriod next = period.next();
      assertThat(next.cutoffStart()).isEqualTo(period.cutoffEnd().plusDays(1));
      assertThat(ReportingPeriod.containing(kind, period.cutoffStart())).isEqualTo(period);
      assertThat(ReportingPeriod.containing(kind, period.cutoffEnd())).isEqualTo(period);
      period = next;
    }
  }

  @Test
  void periodIndexOutOfRangeIsRefused() {
    assertThatThrownBy(() -> new ReportingPeriod(PeriodKind.QUARTERLY, 2025, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportingPeriod.parse(PeriodKind.MONTHLY, "2025-Q1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void monthlyReportGivesEachLevelItsOwnDeadline() {
    // September 2025: cut-off Sun 14/9; units two working days later; the province sends by Thu 25/9
    ReportDeadlines deadlines = ReportDeadlines.periodic(CALENDAR, new ReportingPeriod(PeriodKind.MONTHLY, 2025, 9), 2);

    assertThat(deadlines.unitDeadline()).isEqualTo(d("2025-09-16"));
    assertThat(deadlines.collectionCloses()).isEqualTo(d("2025-09-23"));
    assertThat(deadlines.financeDeadline()).isEqualTo(d("2025-09-24"));
    assertThat(deadlines.sendDeadline()).isEqualTo(d("2025-09-25"));
  }

  @Test
  void sendingDeadlineOnASaturdayMovesToMonday() {
    // October 2025: the 25th is a Saturday
    ReportDeadlines deadlines = ReportDeadlines.periodic(CALENDAR, new ReportingPeriod(PeriodKind.MONTHLY, 2025, 10), 2);

    assertThat(deadlines.unitDeadline()).isEqualTo(d("2025-10-16"));
    assertThat(deadlines.financeDeadline()).isEqualTo(d("2025-10-24"));
    assertThat(deadlines.sendDeadline()).isEqualTo(d("2025-10-27"));
  }

  @Test
  void cutoffInTetStillLeavesOneWorkingDayPerLevel() {
    // February 2026: cut-off Sat 14/2 falls in Tết (14–22/2 off); the province sends by Wed 25/2
    ReportDeadlines deadlines = ReportDeadlines.periodic(CALENDAR, new ReportingPeriod(PeriodKind.MONTHLY, 2026, 2), 3);

    assertThat(deadlines.unitDeadline()).isEqualTo(d("2026-02-23"));
    assertThat(deadlines.financeDeadline()).isEqualTo(d("2026-02-24"));
    assertThat(deadlines.sendDeadline()).isEqualTo(d("2026-02-25"));
    assertThat(CALENDAR.workingDaysBetween(d("2026-02-14"), deadlines.unitDeadline())).isGreaterThanOrEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(PeriodKind.class)
  void everyKindKeepsAtLeastOneWorkingDayBetweenLevels(PeriodKind kind) {
    ReportingPeriod period = new ReportingPeriod(kind, 2025, 1);
    for (int i = 0; i < kind.periodsPerYear() * 2; i++) {
      ReportDeadlines d = ReportDeadlines.periodic(CALENDAR, period, 2);
      assertThat(CALENDAR.workingDaysBetween(period.cutoffEnd(), d.unitDeadline())).as(period.code())
          .isGreaterThanOrEqualTo(1);
      assertThat(d.collectionCloses()).isAfterOrEqualTo(d.unitDeadline()).isBefore(d.financeDeadline());
      assertThat(CALENDAR.workingDaysBetween(d.financeDeadline(), d.sendDeadline())).isGreaterThanOrEqualTo(1);
      assertThat(d.sendDeadline()).isAfterOrEqualTo(period.lastMonth().atDay(25));
      assertThat(CALENDAR.isWorkingDay(d.sendDeadline())).isTrue();
      period = period.next();
    }
  }

  @Test
  void sendingDayInTetMovesPastIt() {
    // January 2025: the 25th is the first day of Tết Ất Tỵ (25/1–2/2 off), so the province sends on Mon 3/2
    ReportDeadlines deadlines = ReportDeadlines.periodic(CALENDAR, new ReportingPeriod(PeriodKind.MONTHLY, 2025, 1), 2);

    assertThat(deadlines.unitDeadline()).isEqualTo(d("2025-01-16"));
    assertThat(deadlines.financeDeadline()).isEqualTo(d("2025-01-24"));
    assertThat(deadlines.sendDeadline()).isEqualTo(d("2025-02-03"));
  }

  @Test
  void annualReportAcrossTheYearBoundary() {
    // the year 2026 covers 15/12/2025 – 14/12/2026; Mon 14/12/2026 cut-off, Fri 25/12/2026 sending
    ReportDeadlines deadlines = ReportDeadlines.periodic(CALENDAR, new ReportingPeriod(PeriodKind.ANNUAL, 2026, 1), 2);

    assertThat(deadlines.unitDeadline()).isEqualTo(d("2026-12-16"));
    assertThat(deadlines.sendDeadline()).isEqualTo(d("2026-12-25"));
  }

  @Test
  void adHocDeadlinesOnDaysOffMoveToTheNextWorkingDay() {
    // units due on New Year's Day 2026 (a Thursday holiday): Fri 2/1; sending due Sun 4/1 would be Mon 5/1, which
    // leaves Finance no working day of its own, so sending moves one more working day
    ReportDeadlines deadlines = ReportDeadlines.adHoc(CALENDAR, d("2026-01-01"), d("2026-01-04"));

    assertThat(deadlines.unitDeadline()).isEqualTo(d("2026-01-02"));
    assertThat(deadlines.financeDeadline()).isEqualTo(d("2026-01-05"));
    assertThat(deadlines.sendDeadline()).isEqualTo(d("2026-01-06"));
    assertThat(deadlines.collectionCloses()).isEqualTo(d("2026-01-02"));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "2025-Y, năm 2025",
      "2025-Q3, quý III năm 2025",
      "2025-H1, 6 tháng đầu năm 2025",
      "2025-M09, tháng 9 năm 2025"})
  void aPeriodIsNamedByItsCodeAlone(String code, String label) {
    assertThat(ReportingPeriod.parse(code).label()).isEqualTo(label);
    assertThat(ReportingPeriod.parse(code).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource({"2025-Q5", "2025-M9", "25-Q3", "2025-X1", "2025", "2025-H3", "2025-Yes"})
  void aCodeThatNamesNoPeriodIsRefused(String code) {
    assertThatThrownBy(() -> ReportingPeriod.parse(code)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ReportingPeriod.notAPeriod(code)).contains("'" + code + "'", "2025-Q3");
  }

  @Test
  void aPastPeriodCaughtUpGetsDeadlinesFromTheDayItIsOpened() {
    // the first quarter of 2025, opened on Thursday 3/12/2026: its own deadlines (March 2025) are long gone, so units
    // get 2 working days from that day (Mon 7/12), then one working day for each level above
    ReportDeadlines deadlines = ReportDeadlines.periodic(CALENDAR, ReportingPeriod.parse("2025-Q1"), 2,
        d("2026-12-03"));

    assertThat(deadlines.unitDeadline()).isEqualTo(d("2026-12-07"));
    assertThat(deadlines.collectionCloses()).isEqualTo(d("2026-12-08"));
    assertThat(deadlines.financeDeadline()).isEqualTo(d("2026-12-09"));
    assertThat(deadlines.sendDeadline()).isEqualTo(d("2026-12-10"));
  }

  @Test
  void aPeriodOpenedBeforeItsDeadlinesKeepsThem() {
    ReportingPeriod year = ReportingPeriod.parse("2026-Y");

    assertThat(ReportDeadlines.periodic(CALENDAR, year, 2, d("2026-12-03")))
        .isEqualTo(ReportDeadlines.periodic(CALENDAR, year, 2));
  }
}
