package vn.cascade.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One mail in the outbox: what, to whom, why, and whether and when it went out. */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Enumerated(EnumType.STRING)
  private MailKind kind;

  @Column(name = "recipient_user")
  private String recipientUser;

  @Column(name = "recipient_email")
  private String recipientEmail;

  private String subject;

  private String body;

  @Column(name = "task_id")
  private String taskId;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  private MailStatus status;

  private int attempts;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "digest_id")
  private Long digestId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "delivery_batch")
  private String deliveryBatch;

  /** A notice queued but not yet rendered: its facts and the recipient's name (JSON); the body is null until sent. */
  private String notice;

  protected OutboxMail() {}

  OutboxMail(String idempotencyKey, MailKind kind, String recipientUser, String recipientEmail, String subject,
      String body, String taskId, String processInstanceId, MailStatus status, Instant createdAt) {
    this.idempotencyKey = idempotencyKey;
    this.kind = kind;
    this.recipientUser = recipientUser;
    this.recipientEmail = recipientEmail;
    this.subject = subject;
    this.body = body;
    this.taskId = taskId;
    this.processInstanceId = processInstanceId;
    this.status = status;
    this.createdAt = createdAt;
  }

  /** A notice whose body {@link MailComposer} renders when it is sent. */
  OutboxMail withNotice(String noticeJson) {
    this.notice = noticeJson;
    return this;
  }

  void sent(Instant at, String renderedBody) {
    if (body == null) {
      this.body = renderedBody;
    }
    this.status = MailStatus.SENT;
    this.sentAt = at;
    this.attempts++;
    this.lastError = null;
  }

  void failed(String error) {
    this.attempts++;
    this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
  }

  void notSent(String reason) {
    this.status = MailStatus.NOT_SENT;
    this.lastError = reason;
  }

  void queue() {
    this.status = MailStatus.PENDING;
  }

  void includedIn(Long digestId) {
    this.status = MailStatus.IN_DIGEST;
    this.digestId = digestId;
  }

  public Long getId() {
    return id;
  }

  /** The queued notice's facts (JSON), or null for a mail rendered when it was queued (digests, older rows). */
  public String getNotice() {
    return notice;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public MailKind getKind() {
    return kind;
  }

  public String getRecipientUser() {
    return recipientUser;
  }

  public String getRecipientEmail() {
    return recipientEmail;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public MailStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  public Long getDigestId() {
    return digestId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getDeliveryBatch() {
    return deliveryBatch;
  }

  /** The row as {@link Outbox} wrote it (with JDBC): this object, with the id the database gave it. */
  OutboxMail written(Long id) {
    this.id = id;
    return this;
  }

  /** The columns of a new row, as {@link Outbox} writes them (instants as UTC, as Hibernate writes them). */
  java.util.Map<String, Object> newRow() {
    java.util.Map<String, Object> row = new java.util.HashMap<>();
    row.put("idempotency_key", idempotencyKey);
    row.put("kind", kind.name());
    row.put("recipient_user", recipientUser);
    row.put("recipient_email", recipientEmail);
    row.put("subject", subject);
    row.put("body", body);
    row.put("task_id", taskId);
    row.put("process_instance_id", processInstanceId);
    row.put("status", status.name());
    row.put("attempts", attempts);
    row.put("created_at", java.time.LocalDateTime.ofInstant(createdAt, java.time.ZoneOffset.UTC));
    row.put("delivery_batch", deliveryBatch);
    row.put("notice", notice);
    return row;
  }

  void inDeliveryBatch(String batch) {
    this.deliveryBatch = batch;
  }
}
