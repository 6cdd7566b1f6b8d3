package vn.cascade.deadline;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import vn.cascade.common.EngineAccess;
import vn.cascade.common.EngineClock;
import vn.cascade.mail.MailKind;
import vn.cascade.mail.Notice;
import vn.cascade.mail.Outbox;
import vn.cascade.review.ReviewCatalog;
import vn.cascade.review.ReviewStep;

/** Mails on task creation: "new task", or "returned for revision" when the previous step sent the work back. */
@Service
public class TaskMails {

  private final Recipients recipients;
  private final Outbox outbox;
  private final EngineClock clock;
  private final NoticeDocuments documents;
  private final ReviewCatalog reviews;

  TaskMails(Recipients recipients, Outbox outbox, EngineClock clock, NoticeDocuments documents,
      ReviewCatalog reviews) {
    this.reviews = reviews;
    this.recipients = recipients;
    this.outbox = outbox;
    this.clock = clock;
    this.documents = documents;
  }

  public void taskCreated(DelegateTask task) {
    VariableScope process = EngineAccess.processScope(task);
    ReviewStep sentBack = reviews.sentBack(process).orElse(null);
    MailKind kind = sentBack == null ? MailKind.ASSIGNED : MailKind.RETURNED;
    Object reason = sentBack == null ? null : process.getVariable(sentBack.commentVar());
    String comment = reason == null ? null : reason.toString();
    // a task being created cannot have been mailed about before (a retried job starts from nothing)
    boolean created = EngineAccess.isNewInThisCommand((TaskEntity) task);
    String document = null;
    for (String user : recipients.resolve("assignee", task)) {
      if (document == null) {
        document = documents.of(task.getExecution());
      }
      Notice notice = NoticeFacts.of(kind, user, (Task) task, ProcessFacts.of(task.getExecution()), document, null, null, comment);
      if (created) {
        outbox.enqueueFirst(notice);
      } else {
        outbox.enqueue(notice);
      }
    }
  }
}
