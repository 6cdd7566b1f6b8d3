package vn.cascade.mail;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.LocalDate;

/**
 * Something a person must be told: what ({@code kind}), whom ({@code recipientUser}), about which task or instance,
 * and the facts the mail shows. {@code subjectId} and {@code day} make the idempotency key: the same notice for
 * the same subject, person and day is mailed once. {@code document} names the document the notice is about with its
 * type, number and issuer ("Công văn số 01/UBND-KTTH của UBND huyện Ngọc Hồi"); rows queued before it was named so
 * kept the bare number as {@code documentNumber}.
 */
public record Notice(MailKind kind, String recipientUser, String subjectId, LocalDate day, String taskId,
    String processInstanceId, @JsonAlias("documentNumber") String document, String taskName, String unitName, LocalDate dueDate,
    Integer workingDaysLeft, String comment) {

  public String idempotencyKey() {
    return kind + ":" + subjectId + ":" + recipientUser + (day == null ? "" : ":" + day);
  }

  public Notice to(String otherRecipient) {
    return new Notice(kind, otherRecipient, subjectId, day, taskId, processInstanceId, document, taskName,
        unitName, dueDate, workingDaysLeft, comment);
  }
}
