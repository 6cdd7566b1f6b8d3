package vn.cascade.directive;

import static vn.cascade.directive.DirectiveProcess.Vars.*;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.cascade.attachment.AttachmentService;
import vn.cascade.security.CurrentUser;

/**
 * Registration of incoming central documents: starts a {@code directive} process. The start listener checks and
 * records the document in the same transaction, so a 400 leaves nothing behind (not even the uploaded PDF).
 */
@RestController
@RequestMapping("/api/directives")
@Tag(name = "Văn bản đến (directives)")
class DirectiveController {

  private final RuntimeService runtimeService;
  private final AttachmentService attachments;
  private final IncomingDocumentRepository documents;
  private final CurrentUser currentUser;

  DirectiveController(RuntimeService runtimeService, AttachmentService attachments,
      IncomingDocumentRepository documents, CurrentUser currentUser) {
    this.runtimeService = runtimeService;
    this.attachments = attachments;
    this.documents = documents;
    this.currentUser = currentUser;
  }

  /** The registration form, as JSON; dates as {@code yyyy-MM-dd}. */
  record RegisterRequest(
      @Size(max = 64, message = "Số, ký hiệu văn bản dài quá {max} ký tự.") String incomingNumber,
      @Size(max = 30, message = "Ngày ban hành không đúng định dạng ngày (ví dụ 2025-02-21).") String incomingDate,
      @Size(max = 64, message = "Mã cơ quan ban hành dài quá {max} ký tự.") String incomingIssuer,
      @Size(max = 32, message = "Loại văn bản không hợp lệ.") String incomingType,
      @Size(max = 2000, message = "Trích yếu dài quá {max} ký tự.") String incomingSummary,
      @Size(max = 30, message = "Thời hạn không đúng định dạng ngày (ví dụ 2025-02-21).") String centralDeadline) {}

  record Registered(String processInstanceId, Long incomingId, String incomingNumber) {}

  @Operation(summary = "Đăng ký văn bản đến (JSON, không kèm tệp)")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  public Registered register(@Valid @RequestBody RegisterRequest request) {
    return start(request, null);
  }

  @Operation(summary = "Đăng ký văn bản đến kèm tệp PDF (multipart: phần 'data' là JSON, phần 'attachment' là PDF)")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  public Registered registerWithAttachment(@Valid @RequestPart("data") RegisterRequest request,
      @RequestPart(name = "attachment", required = false) MultipartFile attachment) {
    Long attachmentId = attachment == null || attachment.isEmpty() ? null
        : attachments.storePdf(attachment, currentUser.idOr("system")).getId();
    return start(request, attachmentId);
  }

  private Registered start(RegisterRequest r, Long attachmentId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(INCOMING_NUMBER, r.incomingNumber());
    variables.put(INCOMING_DATE, r.incomingDate());
    variables.put(INCOMING_ISSUER, r.incomingIssuer());
    variables.put(INCOMING_TYPE, r.incomingType());
    variables.put(INCOMING_SUMMARY, r.incomingSummary());
    variables.put(CENTRAL_DEADLINE, r.centralDeadline());
    variables.put(ATTACHMENT_ID, attachmentId);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(DirectiveProcess.KEY, variables);
    IncomingDocument document = documents.findByProcessInstanceId(instance.getId()).orElseThrow();
    return new Registered(instance.getId(), document.getId(), document.getNumberSymbol());
  }
}
