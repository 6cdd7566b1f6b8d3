package vn.cascade.mail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.cascade.organisation.UserDirectory;
import vn.cascade.security.CurrentUser;

/** The outbox, for coordinators, provincial leaders and administrators: every mail, its status and its body. */
@RestController
@RequestMapping("/api/outbox")
@Tag(name = "Thư đã gửi (outbox)")
class OutboxController {

  private final OutboxRepository mails;
  private final CurrentUser currentUser;
  private final MailComposer composer;
  private final UserDirectory users;

  OutboxController(OutboxRepository mails, CurrentUser currentUser, MailComposer composer, UserDirectory users) {
    this.mails = mails;
    this.currentUser = currentUser;
    this.composer = composer;
    this.users = users;
  }

  record MailView(Long id, String kind, String kindLabel, String recipientUser, String recipientName,
      String recipientEmail, String subject,
      String body, String taskId, String processInstanceId, String status, int attempts, String lastError,
      Long digestId, Instant createdAt, Instant sentAt) {
    /** A mail not sent yet shows the body it will have (rendered for the view, not stored). */
    static MailView of(OutboxMail m, MailComposer composer, String recipientName) {
      return new MailView(m.getId(), m.getKind().name(), m.getKind().label(), m.getRecipientUser(), recipientName,
          m.getRecipientEmail(), m.getSubject(), composer.body(m), m.getTaskId(), m.getProcessInstanceId(),
          m.getStatus().name(), m.getAttempts(), m.getLastError(), m.getDigestId(), m.getCreatedAt(), m.getSentAt());
    }
  }

  @Operation(summary = "Thư trong hộp thư đi (mới nhất trước); lọc theo loại: ASSIGNED, REMINDER, OVERDUE, ...")
  @GetMapping
  public List<MailView> list(@RequestParam(required = false) MailKind kind,
      @RequestParam(defaultValue = "200") int limit) {
    if (!currentUser.isOverseer()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Chỉ chuyên viên theo dõi, lãnh đạo UBND tỉnh và quản trị viên được xem hộp thư đi.");
    }
    PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, 1000)));
    // recipients' names in Vietnamese order (UserDirectory.fullName), one look-up per person
    java.util.Map<String, String> names = new java.util.HashMap<>();
    return (kind == null ? mails.findByOrderByIdDesc(page) : mails.findByKindOrderByIdDesc(kind, page)).stream()
        .map(m -> MailView.of(m, composer, names.computeIfAbsent(m.getRecipientUser(),
            id -> users.find(id).map(UserDirectory::fullName).orElse(id)))).toList();
  }
}
