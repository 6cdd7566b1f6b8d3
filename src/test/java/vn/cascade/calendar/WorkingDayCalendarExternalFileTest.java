package vn.cascade.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Loading the external holiday file (cascade.calendar.holidays-file) and the merge rule. */
class WorkingDayCalendarExternalFileTest {

    private static final String EXTERNAL = """
            years:
              2028:                       # new year
                holidays:
                  - { date: 2028-01-01, name: "Tết Dương lịch" }        # Saturday -> given back Mon 3/1
                  - { date: 2028-04-30, name: "Ngày Chiến thắng" }      # Sunday -> Tue 2/5 (1/5 Mon is a holiday)
                  - { date: 2028-05-01, name: "Ngày Quốc tế Lao động" }
                days-off:
                  - { from: 2028-01-22, to: 2028-01-30, name: "Tết Nguyên đán Mậu Thân" }
              2026:                       # extends the shipped year
                extend: true
                days-off:
                  - 2026-01-02
                make-up-working-days:
                  - { date: 2026-01-10, name: "Làm bù cho 02/01/2026" }
              2027:                       # replaces the shipped year (Tết announced differently)
                holidays:
                  - 2027-01-01
                days-off:
                  - { from: 2027-02-04, to: 2027-02-10, name: "Tết Nguyên đán Đinh Mùi" }
            """;

    @TempDir
    Path dir;

    @Test
    void externalFileAddsReplacesAndExtendsYears() throws IOException {
        Path file = write("holidays.yml", EXTERNAL);
        WorkingDayCalendar calendar = new WorkingDayCalendar(HolidayTable.shippedWith(file));

        assertThat(calendar.holidays().years()).containsExactly(2025, 2026, 2027, 2028);
        // 2028 added; weekend holidays given back
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 5, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 5, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 5, 3))).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 12, 31), 1)).isEqualTo(LocalDate.of(2028, 1, 4));
        assertThat(calendar.addWorkingDays(LocalDate.of(2028, 1, 21), 1)).isEqualTo(LocalDate.of(2028, 1, 31));
        // 2026 extended: shipped Tết kept, bridging day and make-up Saturday added
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 5));
        // 2027 replaced: shipped Hùng Kings' day and provisional 11/2 are gone, the new Thu 4/2 is off
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 4))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 11))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 4, 16))).isTrue();
        // shipped 2025 untouched
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
        assertThat(calendar.holidays().sources()).containsExactly("classpath:calendar/holidays.yml", file.toString());
        // the shipped table itself is not changed by the merge
        assertThat(HolidayTable.shipped().covers(2028)).isFalse();
    }

    @Test
    void springPropertyLoadsTheExternalFile() throws IOException {
        Path file = write("holidays.yml", EXTERNAL);
        new ApplicationContextRunner()
                .withUserConfiguration(CalendarConfiguration.class, WorkingDayCalendar.class, WorkingDays.class)
                .withPropertyValues("cascade.calendar.holidays-file=" + file)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    WorkingDayCalendar calendar = context.getBean(WorkingDayCalendar.class);
                    assertThat(calendar.holidays().covers(2028)).isTrue();
                    assertThat(context.getBean("workingDays")).isInstanceOf(WorkingDays.class);
                });
        new ApplicationContextRunner()
                .withUserConfiguration(CalendarConfiguration.class, WorkingDayCalendar.class)
                .run(context -> assertThat(context.getBean(HolidayTable.class).years())
                        .containsExactly(2025, 2026, 2027));
    }

    @Test
    void missingExternalFileStopsStartup() {
        Path missing = dir.resolve("nope.yml");
        new ApplicationContextRunner()
                .withUserConfiguration(CalendarConfiguration.class, WorkingDayCalendar.class)
                .withPropertyValues("cascade.calendar.holidays-file=file:" + missing)
                .run(context -> assertThat(context).getFailure()
                        .hasRootCauseInstanceOf(java.nio.file.NoSuchFileException.class)
                        .hasStackTraceContaining("cannot read holiday file"));
    }

    @Test
    void invalidEntriesAreRejectedWithTheSourceName() throws IOException {
        assertInvalid("""
                years:
                  2028:
                    day-off: [2028-01-03]
                """, "unknown key 'day-off'");
        assertInvalid("""
                years:
                  2028:
                    days-off: [2029-01-03]
                """, "is not in year 2028");
        assertInvalid("""
                years:
                  2028:
                    make-up-working-days: [2028-01-05]
                """, "only a Saturday or Sunday");
        assertInvalid("""
                years:
                  2028:
                    days-off: [2028-13-01]
                """, "'2028-13-01' is not a date");
        assertInvalid("""
                years:
                  2028:
                    days-off: [2028-01-08]
                    make-up-working-days: [2028-01-08]
                """, "both as a day off");
    }

    private void assertInvalid(String yaml, String message) throws IOException {
        Path file = write("bad.yml", yaml);
        assertThatThrownBy(() -> HolidayTable.shippedWith(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining(message);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
