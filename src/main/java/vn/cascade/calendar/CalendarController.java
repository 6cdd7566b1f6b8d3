package vn.cascade.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cascade.common.Dates;
import vn.cascade.common.InvalidInputException;
import vn.cascade.common.Validation;

/**
 * The working-day calendar as a service, for forms, integrators and e-office systems: the same
 * {@link WorkingDayCalendar} that Cascade's own deadlines use. Any date within the years of the holiday table, past
 * or future; a date (or a result) outside them is refused with a Vietnamese 400 naming the years it knows.
 */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Lịch ngày làm việc (calendar)")
class CalendarController {

  /** A sanity bound for counts of days. */
  static final int MAX_DAYS = 3660;

  private final WorkingDayCalendar calendar;

  CalendarController(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  record DayOff(LocalDate date, String name, boolean provisional) {
    static DayOff of(HolidayTable.Holiday h) {
      return new DayOff(h.date(), h.name(), h.provisional());
    }
  }

  record DayView(LocalDate date, String weekday, boolean workingDay, DayOff dayOff, boolean makeUpWorkingDay,
      String note) {}

  record DueDate(LocalDate from, int workingDays, LocalDate dueDate, String dueDateText, String weekday) {}

  record PeriodEnd(LocalDate from, int days, LocalDate nominalEnd, LocalDate end, boolean moved, String endText,
      String note) {}

  record Year(int year, List<DayOff> daysOff, List<DayOff> makeUpWorkingDays, int workingDays) {}

  record Years(List<Integer> years) {}

  @Operation(summary = "Các năm có lịch nghỉ lễ (ngoài các năm này, lịch không tính được)")
  @GetMapping("/years")
  public Years years() {
    return new Years(calendar.holidays().years().stream().sorted().toList());
  }

  @Operation(summary = "Một ngày có phải ngày làm việc không (thứ Hai–thứ Sáu, trừ ngày nghỉ lễ, Tết; kể cả ngày làm bù)")
  @GetMapping("/working-day")
  public DayView workingDay(@RequestParam(required = false) String date) {
    LocalDate day = required(date, "date", "Ngày");
    return covered(() -> {
      boolean working = calendar.isWorkingDay(day);
      DayOff off = calendar.holidays().holiday(day).map(DayOff::of).orElse(null);
      boolean makeUp = calendar.holidays().isMakeUpWorkingDay(day);
      String note = makeUp ? "Ngày làm bù: " + calendar.holidays().makeUpWorkingDays(day.getYear()).stream()
          .filter(h -> h.date().equals(day)).findFirst().map(HolidayTable.Holiday::name).orElse("")
          : off != null ? "Nghỉ: " + off.name() : working ? "Ngày làm việc" : "Nghỉ cuối tuần";
      return new DayView(day, weekday(day), working, off, makeUp, note);
    });
  }

  @Operation(summary = "Hạn xử lý: ngày làm việc thứ N sau ngày đã cho (ngày đã cho không tính; N âm: trước ngày đó)")
  @GetMapping("/due-date")
  public DueDate dueDate(@RequestParam(required = false) String from,
      @RequestParam(required = false) String workingDays) {
    Validation v = new Validation();
    LocalDate start = v.date(from, "from", "Ngày bắt đầu");
    v.require(start != null || !v.isBlank(from), "from", "Chưa nhập ngày bắt đầu (from, ví dụ 2026-02-13).");
    Integer n = count(v, workingDays, "workingDays", "Số ngày làm việc");
    v.throwIfInvalid();
    return covered(() -> {
      LocalDate due = calendar.addWorkingDays(start, n);
      return new DueDate(start, n, due, Dates.vn(due), weekday(due));
    });
  }

  @Operation(summary = "Ngày kết thúc thời hạn N ngày (Bộ luật Dân sự 2015, Điều 147–148: không tính ngày bắt đầu; "
      + "ngày cuối là ngày nghỉ thì thời hạn kết thúc vào cuối ngày làm việc tiếp theo)")
  @GetMapping("/period-end")
  public PeriodEnd periodEnd(@RequestParam(required = false) String from, @RequestParam(required = false) String days) {
    Validation v = new Validation();
    LocalDate start = v.date(from, "from", "Ngày bắt đầu");
    v.require(start != null || !v.isBlank(from), "from", "Chưa nhập ngày bắt đầu (from, ví dụ 2026-02-04).");
    Integer n = count(v, days, "days", "Số ngày");
    v.require(n == null || n >= 0, "days", "Số ngày của thời hạn không được âm.");
    v.throwIfInvalid();
    return covered(() -> {
      calendar.holidays().requireYear(start.getYear());
      LocalDate nominal = start.plusDays(n);
      LocalDate end = calendar.deadlineFor(nominal);
      boolean moved = !end.equals(nominal);
      String note = moved ? "Ngày " + Dates.vn(nominal) + " là ngày nghỉ ("
          + calendar.holidays().holiday(nominal).map(HolidayTable.Holiday::name).orElse("cuối tuần")
          + "), thời hạn kết thúc vào cuối ngày làm việc tiếp theo " + Dates.vn(end) + "."
          : "Thời hạn kết thúc vào cuối ngày " + Dates.vn(end) + ".";
      return new PeriodEnd(start, n, nominal, end, moved, Dates.vn(end), note);
    });
  }

  @Operation(summary = "Các ngày nghỉ lễ, Tết (kể cả nghỉ bù) và ngày làm bù của một năm")
  @GetMapping("/days-off")
  public Year daysOff(@RequestParam(required = false) String year) {
    Validation v = new Validation();
    Integer y = null;
    try {
      y = Integer.valueOf(year == null ? "" : year.trim());
    } catch (NumberFormatException e) {
      v.require(false, "year", v.isBlank(year) ? "Chưa nhập năm (year, ví dụ 2026)."
          : "Năm '" + year + "' không hợp lệ (ví dụ 2026).");
    }
    v.throwIfInvalid();
    int which = y;
    return covered(() -> {
      calendar.holidays().requireYear(which);
      LocalDate first = LocalDate.of(which, 1, 1);
      // counted from 31/12 of the year before, which itself is not looked at
      int working = calendar.workingDaysBetween(first.minusDays(1), LocalDate.of(which, 12, 31));
      return new Year(which, calendar.holidays().daysOff(which).stream().map(DayOff::of).toList(),
          calendar.holidays().makeUpWorkingDays(which).stream().map(DayOff::of).toList(), working);
    });
  }

  private static LocalDate required(String value, String field, String label) {
    Validation v = new Validation();
    LocalDate date = v.date(value, field, label);
    v.require(date != null || !v.isBlank(value), field, "Chưa nhập " + label.toLowerCase() + " (" + field
        + ", ví dụ 2026-02-16).");
    v.throwIfInvalid();
    return date;
  }

  private static Integer count(Validation v, String value, String field, String label) {
    if (v.isBlank(value)) {
      v.require(false, field, "Chưa nhập " + label.toLowerCase() + " (" + field + ").");
      return null;
    }
    try {
      int n = Integer.parseInt(value.trim());
      v.require(Math.abs(n) <= MAX_DAYS, field, label + " không được vượt quá " + MAX_DAYS + ".");
      return n;
    } catch (NumberFormatException e) {
      v.require(false, field, label + " phải là số nguyên: '" + value + "'.");
      return null;
    }
  }

  /** Runs a calculation; a date outside the holiday table's years becomes a Vietnamese 400. */
  private <T> T covered(Supplier<T> calculation) {
    try {
      return calculation.get();
    } catch (HolidayTable.YearNotCovered e) {
      String years = e.known().stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
      throw new InvalidInputException("date", "Lịch nghỉ lễ chưa có năm " + e.year()
          + ": chỉ tính được ngày làm việc trong các năm " + years
          + " (bảng ngày nghỉ lễ do Chính phủ công bố hằng năm; bổ sung qua cascade.calendar.holidays-file).");
    }
  }

  static String weekday(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SUNDAY ? "Chủ nhật" : "Thứ " + switch (d) {
      case MONDAY -> "Hai";
      case TUESDAY -> "Ba";
      case WEDNESDAY -> "Tư";
      case THURSDAY -> "Năm";
      case FRIDAY -> "Sáu";
      default -> "Bảy";
    };
  }
}
