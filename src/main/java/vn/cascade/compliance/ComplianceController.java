package vn.cascade.compliance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cascade.common.EngineClock;
import vn.cascade.common.InvalidInputException;
import vn.cascade.security.CurrentUser;

/**
 * The data of Cockpit's "Tình hình thực hiện nhiệm vụ" plugin: directives, each one's tree of units, the period
 * summary and its exports. Overseers see every unit; a unit's leader their own unit's part (subtree); others none.
 */
@RestController
@RequestMapping("/api/compliance")
@Tag(name = "Tình hình thực hiện nhiệm vụ (compliance)")
class ComplianceController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final ComplianceService compliance;
  private final ReportCompliance reports;
  private final ComplianceExports exports;
  private final CurrentUser currentUser;
  private final EngineClock clock;

  ComplianceController(ComplianceService compliance, ReportCompliance reports, ComplianceExports exports,
      CurrentUser currentUser, EngineClock clock) {
    this.compliance = compliance;
    this.reports = reports;
    this.exports = exports;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Operation(summary = "Danh sách văn bản chỉ đạo với số nhiệm vụ theo bốn nhóm; lọc theo cơ quan ban hành, kỳ "
      + "(2025, 2025-Q3, 2025-07) và trạng thái (NOT_DISPATCHED, IN_PROGRESS, OVERDUE, COMPLETED)")
  @GetMapping("/directives")
  public List<ComplianceService.DirectiveRow> directives(@RequestParam(required = false) String issuer,
      @RequestParam(required = false) String period, @RequestParam(required = false) String state) {
    Viewer viewer = Viewer.of(currentUser);
    return compliance.directives(viewer, new ComplianceService.Filter(blankToNull(issuer),
        blankToNull(period) == null ? null : CompliancePeriod.parse(period), state(state)));
  }

  @Operation(summary = "Cây đơn vị của một văn bản chỉ đạo (mọi cấp): trạng thái, thời hạn, số ngày quá hạn, người "
      + "chịu trách nhiệm; số nhiệm vụ và tỷ lệ theo bốn nhóm cho từng đơn vị và từng cấp")
  @GetMapping("/directives/{incomingId}")
  public ComplianceService.DirectiveDetail directive(@PathVariable Long incomingId) {
    return compliance.directive(Viewer.of(currentUser), incomingId);
  }

  @Operation(summary = "Danh sách yêu cầu báo cáo với số đơn vị theo bốn nhóm (gửi đúng hạn, gửi muộn, chưa đến hạn, "
      + "quá hạn hoặc không gửi); lọc theo kỳ (ngày yêu cầu) và trạng thái")
  @GetMapping("/report-requests")
  public List<ReportCompliance.RequestRow> reportRequests(@RequestParam(required = false) String period,
      @RequestParam(required = false) String state) {
    Viewer viewer = Viewer.of(currentUser);
    return reports.requests(viewer, new ComplianceService.Filter(null,
        blankToNull(period) == null ? null : CompliancePeriod.parse(period), state(state)));
  }

  @Operation(summary = "Một yêu cầu báo cáo: tình trạng báo cáo của từng đơn vị")
  @GetMapping("/report-requests/{id}")
  public ReportCompliance.RequestDetail reportRequest(@PathVariable Long id) {
    return reports.request(Viewer.of(currentUser), id);
  }

  @Operation(summary = "Tổng hợp theo kỳ (mặc định: quý hiện tại): số nhiệm vụ được giao trong kỳ, hoàn thành đúng "
      + "hạn, hoàn thành quá hạn, đang thực hiện trong hạn, quá hạn; theo đơn vị và tổng")
  @GetMapping("/summary")
  public ComplianceService.Summary summary(@RequestParam(required = false) String period) {
    return compliance.summary(Viewer.of(currentUser), period(period));
  }

  @Operation(summary = "Tổng hợp theo kỳ, tệp CSV (UTF-8)")
  @GetMapping("/summary.csv")
  public ResponseEntity<byte[]> summaryCsv(@RequestParam(required = false) String period) {
    ComplianceService.Summary summary = compliance.summary(Viewer.of(currentUser), period(period));
    return file(exports.csv(summary), new MediaType("text", "csv", StandardCharsets.UTF_8),
        fileName(summary, "csv"));
  }

  @Operation(summary = "Tổng hợp theo kỳ, tệp Excel (.xlsx)")
  @GetMapping("/summary.xlsx")
  public ResponseEntity<byte[]> summaryXlsx(@RequestParam(required = false) String period) {
    ComplianceService.Summary summary = compliance.summary(Viewer.of(currentUser), period(period));
    return file(exports.xlsx(summary), XLSX, fileName(summary, "xlsx"));
  }

  private CompliancePeriod period(String period) {
    return blankToNull(period) == null ? CompliancePeriod.quarterOf(clock.today()) : CompliancePeriod.parse(period);
  }

  private static String fileName(ComplianceService.Summary summary, String extension) {
    return "tinh-hinh-thuc-hien-nhiem-vu-" + summary.period() + "." + extension;
  }

  private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  private static ComplianceService.DirectiveState state(String state) {
    if (blankToNull(state) == null) {
      return null;
    }
    try {
      return ComplianceService.DirectiveState.valueOf(state.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("state",
          "Trạng thái không hợp lệ: NOT_DISPATCHED, IN_PROGRESS, OVERDUE hoặc COMPLETED.");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
