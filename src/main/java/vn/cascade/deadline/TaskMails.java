package vn.cascade.deadline;

import java.util.Map;
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

/** Mails on task creation: "new task", or "returned for revision" when the previous step sent the work back. */
@Service
public class TaskMails {

  /** decision variable, its "send back" value, the comment variable. */
  private static final Map<String, String[]> RETURNS = Map.of(
      "reviewDecision", new String[] {"return", "reviewComment"},
      "approvalDecision", new String[] {"return", "returnReason"},
      "leaderDecision", new String[] {"revise", "leaderComment"},
      "signSubDecision", new String[] {"return", "signSubComment"},
      "signDecision", new String[] {"return", "signComment"},
      "acceptDecision", new String[] {"return", "acceptComment"},
      "reportApproval", new String[] {"return", "reportReturnReason"});

  private final Recipients recipients;
  private final Outbox outbox;
  private final EngineClock clock;
  private final NoticeDocuments documents;

  TaskMails(Recipients recipients, Outbox outbox, EngineClock clock, NoticeDocuments documents) {
    this.recipients = recipients;
    this.outbox = outbox;
    this.clock = clock;
    this.documents = documents;
  }

  public void taskCreated(DelegateTask task) {
    MailKind kind = MailKind.ASSIGNED;
    String comment = null;
    VariableScope process = EngineAccess.processScope(task);
    for (var entry : RETURNS.entrySet()) {
      if (entry.getValue()[0].equals(process.getVariable(entry.getKey()))) {
        kind = MailKind.RETURNED;
        Object reason = process.getVariable(entry.getValue()[1]);
        comment = reason == null ? null : reason.toString();
      }
    }
    // a task being created cannot have been mailed about before (a retried job starts from nothing)
    boolean created = EngineAccess.isNewInThisCommand((TaskEntity) task);
    String document = null;
    for (String user : recipients.resolve("assignee", task)) {
      if (document == null) {
        document = documents.of(task.getExecution());
      }
      Notice notice = NoticeFacts.of(kind, user, (Task) task, task.getExecution(), document, null, null, comment);
      if (created) {
        outbox.enqueueFirst(notice);
      } else {
        outbox.enqueue(notice);
      }
    }
  }
}
