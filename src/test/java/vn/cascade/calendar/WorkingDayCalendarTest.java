package vn.cascade.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = new WorkingDayCalendar(HolidayTable.shipped());

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-04 |  1 | 2026-03-05 | ordinary Wed -> Thu
            2026-03-06 |  1 | 2026-03-09 | Fri -> Mon over the weekend
            2026-03-07 |  1 | 2026-03-09 | start on Saturday, not counted
            2026-03-08 |  1 | 2026-03-09 | start on Sunday, not counted
            2026-03-02 | 10 | 2026-03-16 | two full weeks
            2026-03-04 |  0 | 2026-03-04 | n=0 on a working day
            2026-03-07 |  0 | 2026-03-09 | n=0 on a Saturday
            2026-02-17 |  0 | 2026-02-23 | n=0 inside Tết 2026
            2026-02-13 |  1 | 2026-02-23 | Tết 2026: 14-22 Feb off
            2026-02-11 |  3 | 2026-02-23 | Tết 2026: Thu, Fri, then after Tết
            2026-02-16 |  1 | 2026-02-23 | start inside Tết 2026
            2025-01-24 |  1 | 2025-02-03 | Tết 2025: 25 Jan - 2 Feb off (Mon 27/1 bridging)
            2025-01-23 |  2 | 2025-02-03 | Tết 2025
            2025-02-07 |  1 | 2025-02-08 | Sat 8/2/2025 is a make-up working day
            2025-02-07 |  2 | 2025-02-10 | Sun 9/2/2025 is not
            2025-04-25 |  1 | 2025-04-26 | Sat 26/4/2025 is a make-up working day
            2025-04-29 |  1 | 2025-05-05 | 30/4, 1/5 and swapped 2/5/2025 off
            2026-04-29 |  1 | 2026-05-04 | 30/4 (Thu) and 1/5 (Fri) 2026
            2026-04-24 |  1 | 2026-04-28 | Hùng Kings Sun 26/4/2026 given back Mon 27/4
            2027-04-29 |  1 | 2027-05-04 | 30/4 Fri; 1/5/2027 Sat given back Mon 3/5
            2027-04-15 |  1 | 2027-04-19 | Hùng Kings Fri 16/4/2027
            2026-08-31 |  1 | 2026-09-03 | 1/9 (adjacent) and 2/9/2026 off
            2025-08-29 |  1 | 2025-09-03 | 1/9 and 2/9/2025 off
            2027-09-01 |  1 | 2027-09-06 | 2/9 and adjacent 3/9/2027 off
            2025-12-31 |  1 | 2026-01-02 | year boundary, 1/1/2026 off
            2026-12-31 |  1 | 2027-01-04 | year boundary, Fri 1/1/2027 off
            """)
    void addWorkingDays(LocalDate start, int n, LocalDate expected, String why) {
        assertThat(calendar.addWorkingDays(start, n)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} - {1} working days = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-02-23 | 1 | 2026-02-13
            2026-03-09 | 2 | 2026-03-05
            2026-04-28 | 1 | 2026-04-24
            2026-01-02 | 1 | 2025-12-31
            """)
    void negativeCountsBackwards(LocalDate start, int n, LocalDate expected) {
        assertThat(calendar.addWorkingDays(start, -n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "period ending {0} ends on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-06 | 2026-03-06 | working Friday: unchanged
            2026-03-07 | 2026-03-09 | Saturday -> Monday
            2026-03-08 | 2026-03-09 | Sunday -> Monday
            2026-02-14 | 2026-02-23 | first day of Tết 2026
            2026-04-26 | 2026-04-28 | Hùng Kings Sunday, Monday given back
            2026-09-01 | 2026-09-03 | National Day 2026
            2027-05-01 | 2027-05-04 | Sat 1/5/2027, Mon 3/5 given back
            2025-02-08 | 2025-02-08 | make-up Saturday is a working day
            2026-01-01 | 2026-01-02 | New Year
            """)
    void deadlineFor(LocalDate end, LocalDate expected, String why) {
        assertThat(calendar.deadlineFor(end)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-04 | true
            2026-03-07 | false
            2026-03-08 | false
            2026-01-01 | false
            2026-01-02 | true
            2026-02-16 | false
            2026-02-23 | true
            2026-04-26 | false
            2026-04-27 | false
            2026-04-28 | true
            2026-04-30 | false
            2026-05-01 | false
            2026-09-01 | false
            2026-09-02 | false
            2026-09-03 | true
            2025-01-27 | false
            2025-02-08 | true
            2025-04-07 | false
            2025-04-26 | true
            2025-05-02 | false
            2027-02-05 | false
            2027-02-11 | false
            2027-02-12 | true
            2027-05-03 | false
            2027-09-03 | false
            """)
    void isWorkingDay(LocalDate date, boolean expected) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "working days from {0} to {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-04 | 2026-03-04 |   0
            2026-03-04 | 2026-03-05 |   1
            2026-03-05 | 2026-03-04 |  -1
            2026-03-06 | 2026-03-08 |   0
            2026-03-06 | 2026-03-09 |   1
            2026-03-02 | 2026-03-16 |  10
            2026-03-16 | 2026-03-02 | -10
            2026-02-13 | 2026-02-23 |   1
            2026-02-23 | 2026-02-13 |  -1
            2025-12-31 | 2026-01-05 |   2
            2026-01-01 | 2026-12-31 | 250
            """)
    void workingDaysBetween(LocalDate from, LocalDate to, int expected) {
        assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @Test
    void workingDaysBetweenInvertsAddWorkingDays() {
        for (LocalDate start = LocalDate.of(2025, 1, 2); start.isBefore(LocalDate.of(2027, 11, 1));
                start = start.plusDays(1)) {
            for (int n = 1; n <= 15; n++) {
                LocalDate due = calendar.addWorkingDays(start, n);
                assertThat(calendar.isWorkingDay(due)).as("%s + %d", start, n).isTrue();
                assertThat(calendar.workingDaysBetween(start, due)).as("%s + %d", start, n).isEqualTo(n);
                assertThat(calendar.addWorkingDays(due, -n)).as("%s + %d - %d", start, n, n)
                        .isEqualTo(calendar.isWorkingDay(start) ? start : calendar.addWorkingDays(start, -1));
            }
        }
    }

    @Test
    void shippedDaysOffPerYearAreExactlyTheAnnouncedOnes() {
        assertThat(weekdaysOff(2025)).containsExactly(
                "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31",
                "2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02");
        assertThat(weekdaysOff(2026)).containsExactly(
                "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02");
        assertThat(weekdaysOff(2027)).containsExactly(
                "2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11",
                "2027-04-16", "2027-04-30", "2027-05-03", "2027-09-02", "2027-09-03");
        assertThat(HolidayTable.shipped().makeUpWorkingDays(2025)).extracting(h -> h.date().toString())
                .containsExactly("2025-02-08", "2025-04-26");
        assertThat(HolidayTable.shipped().makeUpWorkingDays(2026)).isEmpty();
    }

    @Test
    void givenBackDayIsNamedAndProvisionalFlagIsKept() {
        assertThat(HolidayTable.shipped().holiday(LocalDate.of(2026, 4, 27))).get()
                .satisfies(h -> assertThat(h.name()).startsWith("Giỗ Tổ Hùng Vương").endsWith("(nghỉ bù)"));
        assertThat(HolidayTable.shipped().holiday(LocalDate.of(2027, 2, 8))).get()
                .satisfies(h -> assertThat(h.provisional()).isTrue());
        assertThat(HolidayTable.shipped().holiday(LocalDate.of(2026, 2, 16))).get()
                .satisfies(h -> assertThat(h.provisional()).isFalse());
        assertThat(HolidayTable.shipped().holiday(LocalDate.of(2026, 3, 7))).isEmpty();
    }

    @Test
    void endOfDayIsLastSecondInHoChiMinhCity() {
        ZonedDateTime end = calendar.endOfDay(LocalDate.of(2026, 2, 23));
        assertThat(end.getZone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(end.toInstant()).isEqualTo(Instant.parse("2026-02-23T16:59:59Z"));
    }

    @Test
    void yearWithoutTableIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2031, 3, 3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no holiday table for year 2031; add it to cascade.calendar.holidays-file");
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2027, 12, 29), 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no holiday table for year 2028");
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 3)))
                .hasMessageContaining("no holiday table for year 2024");
    }

    @Test
    void weekendStatutoryHolidayIsGivenBackAfterOtherHolidays() {
        // 2/9 on a Sunday, adjacent day Mon 3/9 listed too: 2/9 must go to Tue 4/9, not be swallowed by 3/9.
        HolidayTable table = HolidayTable.fromYaml("""
                years:
                  2029:
                    holidays:
                      - { date: 2029-09-02, name: "Quốc khánh" }
                      - { date: 2029-09-03, name: "Liền kề" }
                """, "test");
        WorkingDayCalendar c = new WorkingDayCalendar(table);
        assertThat(LocalDate.of(2029, 9, 2).getDayOfWeek().getValue()).isEqualTo(7);
        assertThat(c.isWorkingDay(LocalDate.of(2029, 9, 3))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2029, 9, 4))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2029, 9, 5))).isTrue();
        assertThat(c.addWorkingDays(LocalDate.of(2029, 8, 31), 1)).isEqualTo(LocalDate.of(2029, 9, 5));
    }

    private static List<String> weekdaysOff(int year) {
        return HolidayTable.shipped().daysOff(year).stream()
                .map(HolidayTable.Holiday::date)
                .filter(d -> d.getDayOfWeek().getValue() <= 5)
                .map(LocalDate::toString)
                .toList();
    }
}
