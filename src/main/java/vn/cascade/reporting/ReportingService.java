package vn.cascade.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.common.CascadeProperties;
import vn.cascade.common.Dates;
import vn.cascade.common.EngineClock;
import vn.cascade.common.InvalidInputException;
import vn.cascade.common.Validation;
import vn.cascade.document.DocumentNumbers;
import vn.cascade.document.DocumentType;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.organisation.Unit;

/**
 * Report requests and their consolidation (process {@code report-request}): registering an ad hoc or periodic
 * request with one unit report per unit, closing the collection, the consolidated report and its issue. A unit's
 * own report (process {@code unit-report}) is {@link UnitReports}; the periodic regimes are
 * {@link ReportRegimeService}; the .docx documents {@link ReportDocuments}.
 */
@Service
public class ReportingService {

  /** Number and symbol of the request letter, e.g. {@code 2137/STC-QLN}. */
  static final Pattern NUMBER_SYMBOL = Pattern.compile("\\d{1,6}/[\\p{L}\\d]+(-[\\p{L}\\d]+)*");
  static final String DEFAULT_UPWARD = "Bộ Tài chính";

  private final ReportRequestRepository requests;
  private final UnitReportRepository unitReports;
  private final UnitReportVersionRepository versions;
  private final ReportRegimeRepository regimes;
  private final OrganisationService organisation;
  private final DocumentNumbers numbers;
  private final WorkingDayCalendar calendar;
  private final CascadeProperties properties;
  private final EngineClock clock;

  ReportingService(ReportRequestRepository requests, UnitReportRepository unitReports,
      UnitReportVersionRepository versions, ReportRegimeRepository regimes, OrganisationService organisation,
      DocumentNumbers numbers, WorkingDayCalendar calendar, CascadeProperties properties, EngineClock clock) {
    this.requests = requests;
    this.unitReports = unitReports;
    this.versions = versions;
    this.regimes = regimes;
    this.organisation = organisation;
    this.numbers = numbers;
    this.calendar = calendar;
    this.properties = properties;
    this.clock = clock;
  }

  /** A coordinator's request as entered (dates as {@code yyyy-MM-dd}). */
  public record RequestInput(String requestNumber, Object requestDate, String subject, String directives,
      List<String> unitTargets, Object unitDeadline, Object sendDeadline, String outline, String upwardRecipients,
      String period) {}

  /** Checks the request, reports all problems at once, and records it with one unit report per unit. */
  @Transactional
  public ReportRequest register(RequestInput in, String processInstanceId, String requestedBy) {
    Validation v = new Validation();
    LocalDate today = clock.today();
    String number = in.requestNumber() == null ? null : in.requestNumber().trim();
    v.requireText(number, "requestNumber", "Chưa nhập số, ký hiệu văn bản đề nghị báo cáo.");
    v.require(v.isBlank(number) || NUMBER_SYMBOL.matcher(number).matches(), "requestNumber",
        "Số, ký hiệu '" + number + "' không đúng dạng số/ký hiệu, ví dụ 2137/STC-QLN.");
    LocalDate date = v.date(in.requestDate(), "requestDate", "Ngày văn bản");
    LocalDate unitDue = calendar.deadline(v, in.unitDeadline(), "unitDeadline", "Hạn gửi báo cáo của các đơn vị");
    LocalDate send = calendar.deadline(v, in.sendDeadline(), "sendDeadline", "Hạn gửi báo cáo tổng hợp");
    v.require(in.directives() == null || in.directives().length() <= 2000, "directives",
        "Các văn bản chỉ đạo dài quá 2000 ký tự.");
    v.require(in.outline() == null || in.outline().length() <= 8000, "outline", "Đề cương dài quá 8000 ký tự.");
    v.require(in.upwardRecipients() == null || in.upwardRecipients().length() <= 1000, "upwardRecipients",
        "Nơi nhận dài quá 1000 ký tự.");
    v.require(!v.isBlank(in.requestDate()), "requestDate", "Chưa nhập ngày văn bản.");
    v.require(!v.isBlank(in.unitDeadline()), "unitDeadline", "Chưa nhập hạn gửi báo cáo của các đơn vị.");
    v.require(!v.isBlank(in.sendDeadline()), "sendDeadline", "Chưa nhập hạn gửi báo cáo tổng hợp lên cấp trên.");
    v.require(date == null || !date.isAfter(today), "requestDate",
        "Ngày văn bản " + Dates.vn(date) + " không được sau ngày hôm nay.");
    v.require(unitDue == null || !unitDue.isBefore(today), "unitDeadline",
        "Hạn gửi báo cáo " + Dates.vn(unitDue) + " đã qua.");
    v.require(unitDue == null || send == null || calendar.workingDaysBetween(calendar.deadlineFor(unitDue),
            calendar.deadlineFor(send)) >= 2, "sendDeadline",
        "Hạn gửi báo cáo tổng hợp phải sau hạn của các đơn vị ít nhất 2 ngày làm việc (để Sở Tài chính tổng hợp và "
            + "lãnh đạo UBND tỉnh phê duyệt).");
    v.requireText(in.subject(), "subject", "Chưa nhập trích yếu (nội dung báo cáo).");
    v.require(in.subject() == null || in.subject().length() <= 2000, "subject", "Trích yếu dài quá 2000 ký tự.");
    ReportingPeriod period = namedPeriod(v, in.period(), today);
    List<String> units = resolveUnits(v, in.unitTargets());
    if (number != null && date != null && !v.hasErrors()) {
      v.require(!requests.existsByRequestYearAndRequestNumber(date.getYear(), number), "requestNumber",
          "Văn bản số " + number + " năm " + date.getYear() + " đã được dùng cho một yêu cầu báo cáo khác.");
    }
    v.throwIfInvalid();
    ReportRequest request = new ReportRequest(number, date, in.subject().trim(), trim(in.directives()),
        trim(in.outline()), blankOr(in.upwardRecipients(), DEFAULT_UPWARD),
        ReportDeadlines.adHoc(calendar, unitDue, send), processInstanceId, requestedBy, clock.now());
    if (period != null) {
      request.forPeriod(null, period);
    }
    request = requests.save(request);
    createUnitReports(request, units);
    return request;
  }

  /**
   * The period an ad hoc request names, if it names one ("the annual report 2025", "Q3 2025"): any period whose data
   * window has begun, also one that ended long ago.
   */
  private static ReportingPeriod namedPeriod(Validation v, String code, LocalDate today) {
    if (code == null || code.isBlank()) {
      return null;
    }
    ReportingPeriod period;
    try {
      period = ReportingPeriod.parse(code.trim());
    } catch (IllegalArgumentException e) {
      v.require(false, "period", ReportingPeriod.notAPeriod(code.trim()));
      return null;
    }
    period.requireBegun(v, "period", today);
    return period;
  }

  /** Records the request of one period of a regime (the schedule has checked that none exists yet). */
  @Transactional
  public ReportRequest registerPeriodic(Long regimeId, String periodCode, String processInstanceId) {
    ReportRegime regime = regimes.findById(regimeId)
        .orElseThrow(() -> new IllegalStateException("No report regime " + regimeId));
    ReportingPeriod period = ReportingPeriod.parse(regime.getKind(), periodCode);
    Validation v = new Validation();
    List<String> units = resolveUnits(v, regime.getUnitTargets());
    v.throwIfInvalid();
    ReportRequest request = new ReportRequest(null, clock.today(),
        regime.getSubject() + " " + period.label(), regime.getDirectives(), regime.getOutline(),
        regime.getUpwardRecipients(),
        ReportDeadlines.periodic(calendar, period, regime.getUnitWorkingDays(), clock.today()),
        processInstanceId, "system", clock.now());
    request.forPeriod(regimeId, period);
    request = requests.save(request);
    createUnitReports(request, units);
    return request;
  }

  private void createUnitReports(ReportRequest request, List<String> units) {
    for (String unit : units) {
      unitReports.save(new UnitReport(request.getId(), unit, request.getUnitDeadline(), clock.now()));
    }
  }

  private List<String> resolveUnits(Validation v, List<String> targets) {
    if (targets == null || targets.isEmpty()) {
      v.require(false, "unitTargets", "Chưa chọn đơn vị phải báo cáo.");
      return List.of();
    }
    try {
      return List.copyOf(organisation.resolveNewTargets(properties.provinceUnit(), targets, "unitTargets"));
    } catch (InvalidInputException e) {
      v.addAll(e, "");
      return List.of();
    }
  }

  /** The units that must report, in the order they were named: the multi-instance collection. */
  @Transactional(readOnly = true)
  public List<String> unitCodes(Long requestId) {
    return unitReports.findByRequestIdOrderById(requestId).stream().map(UnitReport::getUnitCode).toList();
  }

  public ReportRequest require(Long requestId) {
    return requests.findById(requestId)
        .orElseThrow(() -> new IllegalStateException("No report request " + requestId));
  }

  /** A unit's report as consolidation reads it, with the version sent to Finance (null if none). */
  public record UnitEntry(UnitReport report, Unit unit, UnitReportVersion sent) {
    public boolean included() {
      return sent != null && (report.getStage() == UnitReportStage.ACCEPTED
          || report.getStage() == UnitReportStage.SUBMITTED);
    }
  }

  /**
   * Closes the collection: units that sent nothing acceptable (not started, drafting, or returned and not re-sent)
   * are listed missing; reports accepted, or sent and not yet reviewed, are assembled into the consolidated draft,
   * each section gathered from every unit with the unit named. Idempotent.
   */
  @Transactional
  public List<UnitEntry> close(Long requestId) {
    ReportRequest request = require(requestId);
    for (UnitReport report : unitReports.findByRequestIdOrderById(requestId)) {
      if (report.getStage() != UnitReportStage.ACCEPTED && report.getStage() != UnitReportStage.SUBMITTED) {
        report.missing();
      }
    }
    List<UnitEntry> entries = entries(requestId);
    List<String> missing = entries.stream().filter(e -> !e.included()).map(e -> e.unit().getName()).toList();
    request.consolidate(assemble(entries), missing.isEmpty() ? null : String.join("; ", missing));
    return entries;
  }

  @Transactional(readOnly = true)
  public List<UnitEntry> entries(Long requestId) {
    List<UnitEntry> entries = new ArrayList<>();
    for (UnitReport report : unitReports.findByRequestIdOrderById(requestId)) {
      entries.add(new UnitEntry(report, organisation.require(report.getUnitCode(), "unitCode"),
          versions.findFirstByUnitReportIdAndSignedAtIsNotNullOrderByVersionNoDesc(report.getId()).orElse(null)));
    }
    return entries;
  }

  static ConsolidatedDraft assemble(List<UnitEntry> entries) {
    List<UnitEntry> included = entries.stream().filter(UnitEntry::included).toList();
    List<Map<String, Object>> figures = new ArrayList<>();
    for (UnitEntry e : included) {
      for (Map<String, Object> f : Figures.of(e.sent().content().figuresJson())) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit", e.unit().getName());
        row.putAll(f);
        figures.add(row);
      }
    }
    return new ConsolidatedDraft(
        gather(included, c -> c.planning()),
        gather(included, c -> c.achieved()),
        gather(included, c -> c.difficulties()),
        gather(included, c -> c.proposals()),
        Figures.json(figures));
  }

  private static String gather(List<UnitEntry> included, java.util.function.Function<UnitReportContent, String> s) {
    List<String> parts = new ArrayList<>();
    for (UnitEntry e : included) {
      parts.add("- " + e.unit().getName() + ": " + s.apply(e.sent().content()));
    }
    return String.join("\n", parts);
  }

  /** The coordinator's edited consolidated draft, checked, goes to the provincial leader. */
  @Transactional
  public void submitConsolidated(Long requestId, ConsolidatedDraft edited) {
    Validation v = new Validation();
    consolidatedSection(v, edited.planning(), ReportRequestProcess.Vars.CONS_PLANNING, "I");
    consolidatedSection(v, edited.achieved(), ReportRequestProcess.Vars.CONS_ACHIEVED, "II.1");
    consolidatedSection(v, edited.difficulties(), ReportRequestProcess.Vars.CONS_DIFFICULTIES, "II.2");
    consolidatedSection(v, edited.proposals(), ReportRequestProcess.Vars.CONS_PROPOSALS, "III");
    v.throwIfInvalid();
    ReportRequest request = require(requestId);
    request.edit(new ConsolidatedDraft(edited.planning().trim(), edited.achieved().trim(),
        edited.difficulties().trim(), edited.proposals().trim(), null));
  }

  private static void consolidatedSection(Validation v, String text, String field, String label) {
    v.require(text != null && !text.isBlank(), field, "Mục " + label + " của báo cáo tổng hợp chưa có nội dung.");
  }

  @Transactional
  public void consolidationReturned(Long requestId) {
    require(requestId).returnToFinance();
  }

  /**
   * Numbers the approved consolidated report in the province's series (Decree 30/2020: a report's symbol puts the
   * type first, e.g. {@code 05/BC-UBND}) and records it as sent upward. Idempotent for a retried job.
   */
  @Transactional
  public ReportRequest issue(Long requestId, String approvedBy) {
    ReportRequest request = require(requestId);
    if (request.getStatus() == ReportRequestStatus.SENT) {
      return request;
    }
    Unit province = organisation.require(properties.provinceUnit(), "provinceUnit");
    LocalDate today = clock.today();
    DocumentNumbers.Issued n = numbers.issue(DocumentType.BAO_CAO, province.getCode(), province.getSymbol(), null,
        today);
    request.issue(n.year(), n.number(), n.numberSymbol(), today, approvedBy, clock.now());
    return request;
  }

  /** A unit's state for the coordinator, with the stage it is stored in. */
  public record UnitState(String unitCode, String unitName, LocalDate dueDate, UnitReportStatus status,
      String statusLabel, UnitReportStage stage, int versions, String reportNumber, java.time.Instant submittedAt,
      Boolean submittedOnTime, java.time.Instant acceptedAt, Long unitReportId, String processInstanceId) {}

  @Transactional(readOnly = true)
  public List<UnitState> states(Long requestId) {
    LocalDate today = clock.today();
    List<UnitState> states = new ArrayList<>();
    for (UnitEntry e : entries(requestId)) {
      UnitReport r = e.report();
      UnitReportStatus status = UnitReportStatus.of(r.getStage(), r.getDueDate(), today);
      Boolean onTime = r.getSubmittedAt() == null ? null
          : !r.getSubmittedAt().atZone(properties.zoneId()).toLocalDate().isAfter(r.getDueDate());
      states.add(new UnitState(r.getUnitCode(), e.unit().getDisplayName(), r.getDueDate(), status, status.label(),
          r.getStage(), r.getCurrentVersion(), e.sent() == null ? null : e.sent().getNumberSymbol(),
          r.getSubmittedAt(), onTime, r.getAcceptedAt(), r.getId(), r.getProcessInstanceId()));
    }
    return states;
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static String blankOr(String s, String fallback) {
    return s == null || s.isBlank() ? fallback : s.trim();
  }
}
