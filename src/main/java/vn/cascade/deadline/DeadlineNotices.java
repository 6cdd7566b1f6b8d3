package vn.cascade.deadline;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.cascade.mail.MailKind;
import vn.cascade.mail.Outbox;

/** Turns a decision's outcome (notice kind and recipient roles) into outbox mails. */
@Service
public class DeadlineNotices {

  private final Recipients recipients;
  private final Outbox outbox;
  private final NoticeDocuments documents;

  DeadlineNotices(Recipients recipients, Outbox outbox, NoticeDocuments documents) {
    this.recipients = recipients;
    this.outbox = outbox;
    this.documents = documents;
  }

  public void send(String kind, String roles, Task task, VariableScope process, LocalDate today, int daysLeft) {
    MailKind mailKind = MailKind.valueOf(kind);
    String document = documents.of(process);
    for (String role : roles.split(",")) {
      for (String user : recipients.resolve(role, task, process)) {
        outbox.enqueue(NoticeFacts.of(mailKind, user, task, process, document, today, daysLeft, null));
      }
    }
  }
}
