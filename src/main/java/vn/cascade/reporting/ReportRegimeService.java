package vn.cascade.reporting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.common.CascadeProperties;
import vn.cascade.common.EngineClock;
import vn.cascade.common.InvalidInputException;
import vn.cascade.common.RecordNotFoundException;
import vn.cascade.common.Validation;
import vn.cascade.organisation.OrganisationService;

/** Periodic reporting regimes that coordinators configure, and which of their periods are due to open. */
@Service
public class ReportRegimeService {

  private final ReportRegimeRepository regimes;
  private final ReportRequestRepository requests;
  private final OrganisationService organisation;
  private final WorkingDayCalendar calendar;
  private final CascadeProperties properties;
  private final EngineClock clock;

  ReportRegimeService(ReportRegimeRepository regimes, ReportRequestRepository requests,
      OrganisationService organisation, WorkingDayCalendar calendar, CascadeProperties properties,
      EngineClock clock) {
    this.regimes = regimes;
    this.requests = requests;
    this.organisation = organisation;
    this.calendar = calendar;
    this.properties = properties;
    this.clock = clock;
  }

  /** A regime as a coordinator enters it. */
  public record RegimeInput(
      @Size(max = 500, message = "Tên chế độ báo cáo dài quá {max} ký tự.") String name,
      @Size(max = 16, message = "Loại kỳ báo cáo không hợp lệ.") String kind,
      @Size(max = 2000, message = "Trích yếu dài quá {max} ký tự.") String subject,
      @Size(max = 2000, message = "Các văn bản chỉ đạo dài quá {max} ký tự.") String directives,
      @Size(max = 500, message = "Danh sách đơn vị quá dài (tối đa {max}).")
      List<@Size(max = 64, message = "Mã đơn vị dài quá {max} ký tự.") String> unitTargets,
      @Size(max = 8000, message = "Đề cương dài quá {max} ký tự.") String outline,
      @Min(value = 1, message = "Số ngày làm việc phải từ {value} trở lên.")
      @Max(value = 60, message = "Số ngày làm việc không quá {value}.") Integer unitWorkingDays,
      @Min(value = 1, message = "Số ngày làm việc phải từ {value} trở lên.")
      @Max(value = 60, message = "Số ngày làm việc không quá {value}.") Integer openWorkingDays,
      @Size(max = 1000, message = "Nơi nhận dài quá {max} ký tự.") String upwardRecipients) {}

  @Transactional
  public ReportRegime create(RegimeInput in, String createdBy) {
    Validation v = new Validation();
    v.requireText(in.name(), "name", "Chưa nhập tên chế độ báo cáo.");
    PeriodKind kind = null;
    try {
      kind = in.kind() == null ? null : PeriodKind.valueOf(in.kind());
    } catch (IllegalArgumentException e) {
      // reported below
    }
    v.require(kind != null, "kind", "Tần suất báo cáo phải là MONTHLY, QUARTERLY, HALF_YEARLY hoặc ANNUAL.");
    v.requireText(in.subject(), "subject", "Chưa nhập nội dung (trích yếu) báo cáo.");
    int unitDays = in.unitWorkingDays() == null ? 2 : in.unitWorkingDays();
    int openDays = in.openWorkingDays() == null ? 5 : in.openWorkingDays();
    v.require(unitDays >= 1 && unitDays <= 5, "unitWorkingDays",
        "Hạn gửi của đơn vị phải sau ngày chốt số liệu từ 1 đến 5 ngày làm việc.");
    v.require(openDays >= 0 && openDays <= 20, "openWorkingDays",
        "Yêu cầu báo cáo được mở trước ngày chốt số liệu từ 0 đến 20 ngày làm việc.");
    v.require(in.unitTargets() != null && !in.unitTargets().isEmpty(), "unitTargets", "Chưa chọn đơn vị phải báo cáo.");
    if (in.unitTargets() != null && !in.unitTargets().isEmpty()) {
      try {
        organisation.resolveNewTargets(properties.provinceUnit(), in.unitTargets(), "unitTargets");
      } catch (InvalidInputException e) {
        v.addAll(e, "");
      }
    }
    v.throwIfInvalid();
    return regimes.save(new ReportRegime(in.name().trim(), kind, in.subject().trim(), in.directives(),
        in.unitTargets(), in.outline(), unitDays, openDays,
        in.upwardRecipients() == null || in.upwardRecipients().isBlank() ? ReportingService.DEFAULT_UPWARD
            : in.upwardRecipients().trim(), createdBy, clock.now()));
  }

  @Transactional
  public ReportRegime setActive(Long id, boolean active) {
    ReportRegime regime = regimes.findById(id)
        .orElseThrow(() -> new RecordNotFoundException("id", "Không tìm thấy chế độ báo cáo " + id + "."));
    regime.setActive(active);
    return regime;
  }

  public List<ReportRegime> all() {
    return regimes.findAll();
  }

  /**
   * A period of a regime that a coordinator opens by hand: the current one before the schedule does, or a past one
   * that was never requested (catch-up). Refused with what is wrong: no such regime, a code of another kind, a
   * period that has not begun, or one already requested.
   */
  @Transactional(readOnly = true)
  public DuePeriod catchUp(Long regimeId, String code) {
    ReportRegime regime = regimes.findById(regimeId)
        .orElseThrow(() -> new RecordNotFoundException("id", "Không tìm thấy chế độ báo cáo " + regimeId + "."));
    Validation v = new Validation();
    ReportingPeriod period = null;
    try {
      period = ReportingPeriod.parse(regime.getKind(), code);
    } catch (IllegalArgumentException e) {
      v.require(false, "period", "Chế độ '" + regime.getName() + "' báo cáo " + regime.getKind().label().toLowerCase()
          + ": " + ReportingPeriod.notAPeriod(code));
    }
    if (period != null) {
      period.requireBegun(v, "period", clock.today());
      v.require(!requests.existsByRegimeIdAndPeriodCode(regimeId, period.code()), "period",
          "Kỳ báo cáo " + period.label() + " của chế độ '" + regime.getName() + "' đã có yêu cầu báo cáo.");
    }
    v.throwIfInvalid();
    return new DuePeriod(regimeId, period);
  }

  /** A period of a regime whose request should be opened now. */
  public record DuePeriod(Long regimeId, ReportingPeriod period) {}

  /**
   * For every active regime, the period whose data window contains today, if its request opens today or has been
   * open since ({@code openWorkingDays} working days before the cut-off) and does not exist yet.
   */
  @Transactional(readOnly = true)
  public List<DuePeriod> duePeriods() {
    LocalDate today = clock.today();
    List<DuePeriod> due = new ArrayList<>();
    for (ReportRegime regime : regimes.findByActiveTrueOrderById()) {
      ReportingPeriod period = ReportingPeriod.containing(regime.getKind(), today);
      LocalDate opens = regime.getOpenWorkingDays() == 0 ? period.cutoffEnd()
          : calendar.addWorkingDays(period.cutoffEnd(), -regime.getOpenWorkingDays());
      if (!today.isBefore(opens) && !requests.existsByRegimeIdAndPeriodCode(regime.getId(), period.code())) {
        due.add(new DuePeriod(regime.getId(), period));
      }
    }
    return due;
  }
}
