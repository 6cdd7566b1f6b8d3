package vn.cascade.demo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.common.Dates;
import vn.cascade.common.EngineClock;
import vn.cascade.common.InvalidInputException;
import vn.cascade.organisation.Groups;
import vn.cascade.security.CurrentUser;

/**
 * The training clock (demo profile only): a trainer moves the application's day forward, and everything that time
 * drives happens as it would on that day — the morning's reminders, overdue notices and escalations, a collection
 * closing, a periodic regime opening. It moves the engine's clock (Camunda's {@code ClockUtil}, which the timers,
 * the job executor and Cascade's {@link EngineClock} all read) and wakes the job executor, so the timers now due run
 * at once. Forward only: a timer that has fired cannot fire again. The offset lives in memory; a restart returns
 * to the real day. Outside the demo profile this bean, and its endpoint, do not exist.
 */
@Profile("demo")
@RestController
@RequestMapping("/api/training-clock")
@Tag(name = "Đồng hồ tập huấn (demo)")
class TrainingClock {

  private static final Logger LOG = LoggerFactory.getLogger(TrainingClock.class);
  /** The hour of the day the clock moves to: after the morning check (07:00) and the digests (07:30). */
  static final LocalTime MORNING = LocalTime.of(8, 0);

  private final EngineClock clock;
  private final WorkingDayCalendar calendar;
  private final CurrentUser currentUser;
  private final ProcessEngine engine;

  TrainingClock(EngineClock clock, WorkingDayCalendar calendar, CurrentUser currentUser, ProcessEngine engine) {
    this.clock = clock;
    this.calendar = calendar;
    this.currentUser = currentUser;
    this.engine = engine;
  }

  /** The application's day as the trainer sees it, and how far it is ahead of the real one. */
  record Now(ZonedDateTime now, LocalDate today, String todayText, boolean workingDay, long daysAhead) {}

  @Operation(summary = "Ngày giờ hiện tại của ứng dụng (đồng hồ tập huấn)")
  @GetMapping
  public Now now() {
    requireAdministrator();
    return view();
  }

  @Operation(summary = "Chuyển sang ngày làm việc tiếp theo (8 giờ sáng)")
  @PostMapping("/next-working-day")
  public synchronized Now nextWorkingDay() {
    requireAdministrator();
    return moveTo(calendar.addWorkingDays(clock.today(), 1));
  }

  @Operation(summary = "Chuyển đến một ngày (8 giờ sáng); chỉ tiến, không lùi")
  @PostMapping
  public synchronized Now toDate(@RequestParam String date) {
    requireAdministrator();
    LocalDate day;
    try {
      day = LocalDate.parse(date);
    } catch (RuntimeException e) {
      throw new InvalidInputException("date", "Ngày '" + date + "' không đúng định dạng năm-tháng-ngày (ví dụ "
          + clock.today().plusDays(1) + ").");
    }
    if (!day.isAfter(clock.today())) {
      throw new InvalidInputException("date", "Đồng hồ tập huấn chỉ chuyển tới: ngày " + Dates.vn(day)
          + " không sau ngày hiện tại của ứng dụng (" + Dates.vn(clock.today()) + ").");
    }
    return moveTo(day);
  }

  private Now moveTo(LocalDate day) {
    ZonedDateTime target = day.atTime(MORNING).atZone(WorkingDayCalendar.ZONE);
    long offset = Duration.between(ZonedDateTime.now(WorkingDayCalendar.ZONE), target).toMillis();
    ClockUtil.offset(offset);
    LOG.info("Training clock moved to {} by {}", target, currentUser.idOr("system"));
    JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor();
    if (jobExecutor != null) {
      // the timers due by the new time are acquired now, not after the executor's idle wait
      jobExecutor.jobWasAdded();
    }
    return view();
  }

  private Now view() {
    ZonedDateTime now = ZonedDateTime.ofInstant(clock.now(), WorkingDayCalendar.ZONE);
    LocalDate today = now.toLocalDate();
    long ahead = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(WorkingDayCalendar.ZONE), today);
    return new Now(now, today, Dates.vn(today), calendar.isWorkingDay(today), ahead);
  }

  private void requireAdministrator() {
    if (!currentUser.isMemberOf(Groups.ADMINS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên được chỉnh đồng hồ tập huấn.");
    }
  }
}
