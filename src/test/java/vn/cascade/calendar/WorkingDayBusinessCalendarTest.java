package vn.cascade.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDayBusinessCalendarTest {

    private final WorkingDayBusinessCalendar businessCalendar =
            new WorkingDayBusinessCalendar(new WorkingDayCalendar(HolidayTable.shipped()));

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "now {0}, ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-04T02:00:00Z | P5D                       | 2026-03-11T16:59:59Z
            2026-03-04T02:00:00Z | p5d                       | 2026-03-11T16:59:59Z
            2026-03-04T02:00:00Z | ' P1D '                   | 2026-03-05T16:59:59Z
            2026-03-04T02:00:00Z | P0D                       | 2026-03-04T16:59:59Z
            2026-03-07T02:00:00Z | P0D                       | 2026-03-09T16:59:59Z
            2026-02-13T09:00:00Z | P1D                       | 2026-02-23T16:59:59Z
            2026-02-12T18:00:00Z | P1D                       | 2026-02-23T16:59:59Z
            2026-02-12T16:00:00Z | P1D                       | 2026-02-13T16:59:59Z
            2025-12-31T03:00:00Z | P1D                       | 2026-01-02T16:59:59Z
            2026-02-13T09:00:00Z | PT4H                      | 2026-02-13T13:00:00Z
            2026-02-13T09:00:00Z | PT1H30M                   | 2026-02-13T10:30:00Z
            2026-02-13T09:00:00Z | 2026-02-14                | 2026-02-14T16:59:59Z
            2026-02-13T09:00:00Z | 2026-02-23T17:00:00+07:00 | 2026-02-23T10:00:00Z
            2026-02-13T09:00:00Z | 2026-02-23T10:00:00Z      | 2026-02-23T10:00:00Z
            2026-02-13T09:00:00Z | 2026-02-23T17:00:00       | 2026-02-23T10:00:00Z
            """)
    void resolvesAgainstEngineClock(Instant now, String description, Instant expected) {
        ClockUtil.setCurrentTime(Date.from(now));
        assertThat(businessCalendar.resolveDuedate(description).toInstant()).isEqualTo(expected);
        assertThat(businessCalendar.resolveDuedate(description, (org.camunda.bpm.engine.task.Task) null).toInstant())
                .isEqualTo(expected);
    }

    @Test
    void explicitStartDateWinsOverClock() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-04T02:00:00Z")));
        Date start = Date.from(Instant.parse("2026-04-29T03:00:00Z")); // Wed 29/4/2026, before 30/4-1/5
        assertThat(businessCalendar.resolveDuedate("P1D", start).toInstant())
                .isEqualTo(Instant.parse("2026-05-04T16:59:59Z"));
        assertThat(businessCalendar.resolveDuedate("PT2H", start).toInstant())
                .isEqualTo(Instant.parse("2026-04-29T05:00:00Z"));
        assertThat(businessCalendar.resolveDuedate("P2D", (Date) null).toInstant())
                .isEqualTo(Instant.parse("2026-03-06T16:59:59Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "P1M", "P1Y", "P2W", "P1DT2H", "P-1D", "PT", "R3/PT1H", "5", "tomorrow",
            "2026-02-30", "PT-4H"})
    void rejectsOtherDescriptions(String description) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-04T02:00:00Z")));
        assertThatThrownBy(() -> businessCalendar.resolveDuedate(description))
                .isInstanceOf(ProcessEngineException.class);
    }

    @Test
    void yearWithoutHolidayTableIsReported() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-03-04T02:00:00Z")));
        assertThatThrownBy(() -> businessCalendar.resolveDuedate("P3D"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("no holiday table for year 2031; add it to cascade.calendar.holidays-file");
    }
}
