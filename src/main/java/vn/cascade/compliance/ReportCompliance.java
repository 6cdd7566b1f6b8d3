package vn.cascade.compliance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.cascade.assignment.Timeliness;
import vn.cascade.common.EngineClock;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.organisation.Unit;
import vn.cascade.reporting.ReportRequest;
import vn.cascade.reporting.ReportRequestRepository;
import vn.cascade.reporting.ReportRequestStatus;
import vn.cascade.reporting.ReportingService;

/**
 * Report requests (Finance asking the units for reports) in the same four categories as tasks: a unit's report
 * sent by its due day is completed on time, sent later completed late, not yet sent within term, and late or
 * missing overdue. A unit's leader sees their own unit's (and the units' below it) rows only.
 */
@Service
public class ReportCompliance {

  public record RequestRow(Long id, String requestNumber, LocalDate requestedOn, String subject, String periodLabel,
      LocalDate unitDeadline, ReportRequestStatus status, String statusLabel, ComplianceService.DirectiveState state,
      String stateLabel, Counts counts, String processInstanceId) {}

  public record RequestUnit(String unitCode, String unitName, LocalDate dueDate, String status, String statusLabel,
      Timeliness timeliness, String timelinessLabel, boolean overdue, long daysOverdue, String reportNumber,
      String processInstanceId) {}

  public record RequestDetail(RequestRow request, List<RequestUnit> units) {}

  private static final Map<ReportRequestStatus, String> STATUS_LABELS = Map.of(
      ReportRequestStatus.COLLECTING, "Đang nhận báo cáo của các đơn vị",
      ReportRequestStatus.CONSOLIDATING, "Đang tổng hợp",
      ReportRequestStatus.IN_APPROVAL, "Chờ lãnh đạo UBND tỉnh phê duyệt",
      ReportRequestStatus.SENT, "Đã gửi báo cáo lên cấp trên");

  private final ReportRequestRepository requests;
  private final ReportingService reporting;
  private final OrganisationService organisation;
  private final EngineClock clock;

  ReportCompliance(ReportRequestRepository requests, ReportingService reporting, OrganisationService organisation,
      EngineClock clock) {
    this.requests = requests;
    this.reporting = reporting;
    this.organisation = organisation;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<RequestRow> requests(Viewer viewer, ComplianceService.Filter filter) {
    Set<String> own = ownUnits(viewer);
    LocalDate today = clock.today();
    List<RequestRow> rows = new ArrayList<>();
    for (ReportRequest request : requests.findAll()) {
      if (filter.period() != null && !filter.period().contains(request.getRequestedOn())) {
        continue;
      }
      List<RequestUnit> units = units(request.getId(), own, today);
      if (own != null && units.isEmpty()) {
        continue;
      }
      RequestRow row = row(request, units);
      if (filter.state() == null || filter.state() == row.state()) {
        rows.add(row);
      }
    }
    rows.sort(Comparator.comparing(RequestRow::requestedOn, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(RequestRow::id, Comparator.reverseOrder()));
    return rows;
  }

  @Transactional(readOnly = true)
  public RequestDetail request(Viewer viewer, Long id) {
    ReportRequest request = requests.findById(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy yêu cầu báo cáo."));
    Set<String> own = ownUnits(viewer);
    List<RequestUnit> units = units(id, own, clock.today());
    if (own != null && units.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Yêu cầu báo cáo này không gửi đến đơn vị của bạn; chỉ xem được phần việc của đơn vị mình.");
    }
    return new RequestDetail(row(request, units), units);
  }

  /** The viewer's unit and the units below it, or null for an overseer (every unit). */
  private Set<String> ownUnits(Viewer viewer) {
    if (viewer.everything()) {
      return null;
    }
    Set<String> own = new HashSet<>();
    own.add(viewer.unitCode());
    organisation.subtree(viewer.unitCode()).stream().map(Unit::getCode).forEach(own::add);
    return own;
  }

  private List<RequestUnit> units(Long requestId, Set<String> own, LocalDate today) {
    List<RequestUnit> units = new ArrayList<>();
    for (ReportingService.UnitState s : reporting.states(requestId)) {
      if (own != null && !own.contains(s.unitCode())) {
        continue;
      }
      Timeliness t = switch (s.status()) {
        case SUBMITTED, ACCEPTED -> Boolean.FALSE.equals(s.submittedOnTime()) ? Timeliness.COMPLETED_LATE
            : Timeliness.COMPLETED_ON_TIME;
        case LATE, MISSING -> Timeliness.OPEN_OVERDUE;
        default -> Timeliness.OPEN_WITHIN_TERM;
      };
      long days = t == Timeliness.OPEN_OVERDUE ? ChronoUnit.DAYS.between(s.dueDate(), today)
          : t == Timeliness.COMPLETED_LATE && s.submittedAt() != null
              ? ChronoUnit.DAYS.between(s.dueDate(), vn.cascade.calendar.WorkingDayCalendar.dateOf(s.submittedAt()))
              : 0;
      units.add(new RequestUnit(s.unitCode(), s.unitName(), s.dueDate(), s.status().name(), s.statusLabel(), t,
          t.label(), t == Timeliness.OPEN_OVERDUE, Math.max(0, days), s.reportNumber(), s.processInstanceId()));
    }
    return units;
  }

  private static RequestRow row(ReportRequest r, List<RequestUnit> units) {
    Counts.Tally tally = new Counts.Tally();
    units.forEach(u -> tally.add(u.timeliness()));
    Counts counts = tally.counts();
    ComplianceService.DirectiveState state = counts.assigned() == 0 ? ComplianceService.DirectiveState.NOT_DISPATCHED
        : counts.openOverdue() > 0 ? ComplianceService.DirectiveState.OVERDUE
        : counts.openWithinTerm() > 0 ? ComplianceService.DirectiveState.IN_PROGRESS
        : ComplianceService.DirectiveState.COMPLETED;
    return new RequestRow(r.getId(), r.getRequestNumber(), r.getRequestedOn(), r.getSubject(), r.getPeriodLabel(),
        r.getUnitDeadline(), r.getStatus(), STATUS_LABELS.get(r.getStatus()), state, state.label(), counts,
        r.getProcessInstanceId());
  }
}
