package vn.cascade.reporting;

import static vn.cascade.reporting.ReportRequestProcess.Vars.*;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.cascade.common.InputLimitsPlugin;
import vn.cascade.organisation.Groups;
import vn.cascade.security.CurrentUser;

/**
 * Reporting to the Department of Finance: coordinators request reports and configure periodic regimes; everyone
 * involved follows each unit's state; the unit reports and the consolidated report download as {@code .docx}.
 * Overseers (coordinators, provincial leaders, the office) see every unit; a unit's users see their own unit only.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Báo cáo (reporting)")
class ReportController {

  private final RuntimeService runtimeService;
  private final ReportingService reporting;
  private final ReportRegimeService regimes;
  private final ReportDocuments documents;
  private final ReportRequestRepository requests;
  private final UnitReportRepository unitReports;
  private final CurrentUser currentUser;

  ReportController(RuntimeService runtimeService, ReportingService reporting, ReportRegimeService regimes,
      ReportDocuments documents, ReportRequestRepository requests, UnitReportRepository unitReports,
      CurrentUser currentUser) {
    this.runtimeService = runtimeService;
    this.reporting = reporting;
    this.regimes = regimes;
    this.documents = documents;
    this.requests = requests;
    this.unitReports = unitReports;
    this.currentUser = currentUser;
  }

  /** A request as the coordinator enters it; dates as {@code yyyy-MM-dd}; unit targets as codes or groups. */
  record RequestForm(
      @Size(max = 64, message = "Số, ký hiệu văn bản dài quá {max} ký tự.") String requestNumber,
      @Size(max = 30, message = "Ngày văn bản không đúng định dạng ngày (ví dụ 2025-09-17).") String requestDate,
      @Size(max = 2000, message = "Trích yếu dài quá {max} ký tự.") String subject,
      @Size(max = 2000, message = "Các văn bản chỉ đạo dài quá {max} ký tự.") String directives,
      @Size(max = 500, message = "Danh sách đơn vị quá dài (tối đa {max}).")
      List<@Size(max = 64, message = "Mã đơn vị dài quá {max} ký tự.") String> unitTargets,
      @Size(max = 30, message = "Hạn gửi báo cáo không đúng định dạng ngày.") String unitDeadline,
      @Size(max = 30, message = "Hạn gửi báo cáo tổng hợp không đúng định dạng ngày.") String sendDeadline,
      @Size(max = InputLimitsPlugin.MAX_TEXT_VARIABLE, message = "Đề cương dài quá {max} ký tự.") String outline,
      @Size(max = 1000, message = "Nơi nhận dài quá {max} ký tự.") String upwardRecipients,
      @Size(max = 16, message = "Kỳ báo cáo không đúng dạng (ví dụ 2025-Q3, 2025-Y).") String period) {}

  record Requested(String processInstanceId, Long requestId, String requestNumber) {}

  record RequestView(Long id, String requestNumber, LocalDate requestedOn, String subject, String directives,
      String periodCode, String periodLabel, LocalDate cutoffStart, LocalDate cutoffEnd, LocalDate unitDeadline,
      LocalDate collectionCloses, LocalDate financeDeadline, LocalDate sendDeadline, ReportRequestStatus status,
      String missingUnits, String reportNumber, LocalDate reportIssuedOn, Instant sentAt, String upwardRecipients,
      String processInstanceId, List<ReportingService.UnitState> units) {}

  @Operation(summary = "Sở Tài chính đề nghị các đơn vị báo cáo")
  @PostMapping(path = "/report-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  public Requested request(@Valid @RequestBody RequestForm form) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(REQUEST_NUMBER, form.requestNumber());
    variables.put(REQUEST_DATE, form.requestDate());
    variables.put(SUBJECT, form.subject());
    variables.put(DIRECTIVES, form.directives());
    variables.put(UNIT_TARGETS, form.unitTargets() == null ? null : String.join(",", form.unitTargets()));
    variables.put(UNIT_DEADLINE, form.unitDeadline());
    variables.put(SEND_DEADLINE, form.sendDeadline());
    variables.put(OUTLINE, form.outline());
    variables.put(UPWARD_RECIPIENTS, form.upwardRecipients());
    variables.put(PERIOD_CODE, form.period());
    return start(variables);
  }

  /** Starts a request (it is recorded by the process's start listener, in the same transaction). */
  private Requested start(Map<String, Object> variables) {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(ReportRequestProcess.KEY, variables);
    ReportRequest request = requests.findByProcessInstanceId(instance.getId()).orElseThrow();
    return new Requested(instance.getId(), request.getId(), request.getRequestNumber());
  }

  @Operation(summary = "Yêu cầu báo cáo và tình trạng báo cáo của từng đơn vị")
  @GetMapping("/report-requests/{id}")
  @Transactional(readOnly = true)
  public RequestView view(@PathVariable Long id) {
    ReportRequest r = requests.findById(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy yêu cầu báo cáo."));
    List<ReportingService.UnitState> all = reporting.states(id);
    List<ReportingService.UnitState> visible = currentUser.isOverseer() ? all
        : all.stream().filter(u -> currentUser.unitCode().filter(u.unitCode()::equals).isPresent()).toList();
    if (visible.isEmpty() && !currentUser.isOverseer()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Bạn không có quyền xem yêu cầu báo cáo này.");
    }
    return new RequestView(r.getId(), r.getRequestNumber(), r.getRequestedOn(), r.getSubject(), r.getDirectives(),
        r.getPeriodCode(), r.getPeriodLabel(), r.getCutoffStart(), r.getCutoffEnd(), r.getUnitDeadline(), r.getCollectionCloses(),
        r.getFinanceDeadline(), r.getSendDeadline(), r.getStatus(), r.getMissingUnits(), r.getReportNumberSymbol(),
        r.getReportIssuedOn(), r.getSentAt(), r.getUpwardRecipients(), r.getProcessInstanceId(), visible);
  }

  @Operation(summary = "Tải báo cáo tổng hợp (.docx): dự thảo, hoặc bản đã cấp số")
  @GetMapping("/report-requests/{id}/consolidated.docx")
  public ResponseEntity<byte[]> consolidated(@PathVariable Long id) {
    ReportRequest request = requests.findById(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy yêu cầu báo cáo."));
    if (!currentUser.isOverseer()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Bạn không có quyền xem báo cáo tổng hợp.");
    }
    if (request.getStatus() == ReportRequestStatus.COLLECTING) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Báo cáo tổng hợp chưa được lập: đang nhận báo cáo.");
    }
    return docx(documents.consolidated(id), ReportDocuments.fileName(request.getReportNumberSymbol(),
        "tong-hop-du-thao-" + id));
  }

  @Operation(summary = "Tải báo cáo của đơn vị (.docx): bản đã ký mới nhất, hoặc dự thảo")
  @GetMapping("/unit-reports/{id}/docx")
  public ResponseEntity<byte[]> unitReport(@PathVariable Long id) {
    UnitReport report = unitReports.findById(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy báo cáo."));
    if (!currentUser.isOverseer() && currentUser.unitCode().filter(report.getUnitCode()::equals).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Bạn không có quyền xem báo cáo này.");
    }
    if (report.getCurrentVersion() == 0) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Đơn vị chưa soạn thảo báo cáo.");
    }
    return docx(documents.unitReport(report), ReportDocuments.fileName(null, report.getUnitCode() + "-" + id));
  }

  @Operation(summary = "Các chế độ báo cáo định kỳ")
  @GetMapping("/report-regimes")
  public List<ReportRegime> regimes() {
    requireCoordinator();
    return regimes.all();
  }

  @Operation(summary = "Thêm chế độ báo cáo định kỳ (tháng, quý, 6 tháng, năm)")
  @PostMapping(path = "/report-regimes", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public ReportRegime createRegime(@Valid @RequestBody ReportRegimeService.RegimeInput input) {
    requireCoordinator();
    return regimes.create(input, currentUser.idOr("system"));
  }

  @Operation(summary = "Mở yêu cầu báo cáo cho một kỳ đã chọn của chế độ (kể cả kỳ đã qua)")
  @PostMapping("/report-regimes/{id}/periods/{period}")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  public Requested openPeriod(@PathVariable Long id, @PathVariable String period) {
    requireCoordinator();
    return start(ReportRequestProcess.periodOf(regimes.catchUp(id, period)));
  }

  @Operation(summary = "Bật hoặc tắt một chế độ báo cáo định kỳ")
  @PostMapping("/report-regimes/{id}/active")
  public ReportRegime setActive(@PathVariable Long id, @RequestParam boolean value) {
    requireCoordinator();
    return regimes.setActive(id, value);
  }

  private void requireCoordinator() {
    if (!currentUser.isMemberOf(Groups.COORDINATORS) && !currentUser.isMemberOf(Groups.ADMINS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ chuyên viên theo dõi Sở Tài chính được cấu hình.");
    }
  }

  private static ResponseEntity<byte[]> docx(byte[] content, String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ReportDocuments.DOCX))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(fileName, StandardCharsets.UTF_8).build().toString())
        .body(content);
  }
}
