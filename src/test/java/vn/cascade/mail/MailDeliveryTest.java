package vn.cascade.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cascade.support.ProcessTestBase;
import vn.cascade.support.TestMailServer;

/** Nothing lost, nothing twice: the outbox and its retrying send jobs against a real SMTP server. */
class MailDeliveryTest extends ProcessTestBase {

  @Autowired Outbox outbox;
  @Autowired MailDelivery delivery;
  @Autowired OutboxRepository mails;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TransactionTemplate transactions;
  @Autowired IdentityService identityService;

  Notice notice(String subjectId) {
    return new Notice(MailKind.ASSIGNED, "stc.chuyenvien", subjectId, null, null, null, "99/UBND-KTTH",
        "Thực hiện, báo cáo kết quả " + subjectId, "Sở Tài chính", LocalDate.now().plusDays(10), null, null);
  }

  long received(String subjectId) {
    return Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().contains(subjectId)
            && m.getRecipients(Message.RecipientType.TO)[0].toString().equals("stc.chuyenvien@kontum.gov.vn");
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).count();
  }

  Job sendJob(OutboxMail mail) {
    String pid = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(mail.getIdempotencyKey())
        .singleResult().getId();
    return managementService.createJobQuery().processInstanceId(pid).singleResult();
  }

  @Test
  void aNoticeIsRenderedWhenItIsSentAndTheSentBodyIsKept() throws Exception {
    // given a notice queued (as every unit's "new task" mail in a fan-out)
    String id = "deferred-" + UUID.randomUUID();
    OutboxMail queued = transactions.execute(s -> outbox.enqueue(notice(id)));

    // then the row keeps its subject and the notice's facts, and no body yet; the outbox page shows the body to come
    OutboxMail row = mails.findById(queued.getId()).orElseThrow();
    assertThat(row.getSubject()).isEqualTo("[Cascade] Nhiệm vụ mới - 99/UBND-KTTH: Thực hiện, báo cáo kết quả "
        + id);
    assertThat(row.getBody()).isNull();
    assertThat(row.getNotice()).contains(id).contains("Sở Tài chính");
    assertThat(composer.body(row)).contains("Sở Tài chính").contains(vn.cascade.common.Dates.vn(
        LocalDate.now().plusDays(10)));
    assertThat(OutboxController.MailView.of(row, composer, "Lý Thị Mai").body()).isEqualTo(composer.body(row));

    // when it is delivered
    cycle.executeJobs();

    // then the mail that arrived has the rendered body (greeting by name, unit, due date), and the row keeps it
    Message sent = Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> {
      try {
        return m.getSubject().contains(id);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).findFirst().orElseThrow();
    OutboxMail delivered = mails.findById(queued.getId()).orElseThrow();
    assertThat(delivered.getStatus()).isEqualTo(MailStatus.SENT);
    assertThat(delivered.getBody()).isEqualTo(composer.body(row)).contains("Sở Tài chính");
    // (SMTP carries the lines with CRLF)
    assertThat(sent.getContent().toString().replace("\r\n", "\n").trim())
        .isEqualTo(delivered.getBody().replace("\r\n", "\n").trim());
  }

  @Autowired MailComposer composer;

  @Test
  void theSameNoticeIsQueuedOnce() {
    String id = "same-" + UUID.randomUUID();
    OutboxMail first = transactions.execute(s -> outbox.enqueue(notice(id)));
    OutboxMail second = transactions.execute(s -> outbox.enqueue(notice(id)));

    assertThat(second.getId()).isEqualTo(first.getId());
    cycle.executeJobs();
    assertThat(received(id)).isEqualTo(1);
  }

  @Test
  void mailsQueuedInOneTransactionGoOutThroughOneDeliveryJob() {
    // given three notices queued in one transaction (as a fan-out batch queues its units' mails)
    String id = "batch-" + UUID.randomUUID();
    List<OutboxMail> queued = transactions.execute(s -> List.of(outbox.enqueue(notice(id + "-a")),
        outbox.enqueue(notice(id + "-b")), outbox.enqueue(notice(id + "-c"))));
    String batch = queued.get(0).getDeliveryBatch();

    // then they share one delivery batch and one delivery instance with one job
    assertThat(queued).extracting(OutboxMail::getDeliveryBatch).containsOnly(batch).doesNotContainNull();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MailDeliveryProcess.KEY)
        .variableValueEquals(MailDeliveryProcess.BATCH.name(), batch).count()).isEqualTo(1);
    // behind the work it reports on: the job executor takes jobs by priority, and this one's is lower
    assertThat(sendJob(queued.get(0)).getPriority()).isEqualTo(-10);

    // when that job runs, all three arrive, once each
    managementService.executeJob(sendJob(queued.get(0)).getId());
    assertThat(received(id + "-a") + received(id + "-b") + received(id + "-c")).isEqualTo(3);
    assertThat(queued).allSatisfy(m ->
        assertThat(mails.findById(m.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT));

    // and a transaction of its own gets a batch of its own
    OutboxMail next = transactions.execute(s -> outbox.enqueue(notice(id + "-d")));
    assertThat(next.getDeliveryBatch()).isNotEqualTo(batch);
  }

  @Test
  void aMailThatCannotBeSentDoesNotHoldBackTheRestOfItsBatch() {
    // given a person whose email field holds two addresses, and a batch of three mails with theirs in the middle
    String id = "refused-" + UUID.randomUUID();
    User typo = identityService.newUser("nhap.sai." + id.substring(8, 16));
    typo.setFirstName("Nhập");
    typo.setLastName("Sai");
    typo.setEmail("vanthu@kontum.gov.vn, lanhdao@kontum.gov.vn");
    identityService.saveUser(typo);
    try {
      Notice refused = new Notice(MailKind.ASSIGNED, typo.getId(), id + "-b", null, null, null, "99/UBND-KTTH",
          "Thực hiện, báo cáo kết quả " + id + "-b", "Sở Tài chính", LocalDate.now().plusDays(10), null, null);
      List<OutboxMail> queued = transactions.execute(s -> List.of(outbox.enqueue(notice(id + "-a")),
          outbox.enqueue(refused), outbox.enqueue(notice(id + "-c"))));

      // when the batch's job runs, it fails (so it is retried) ...
      Job job = sendJob(queued.get(0));
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("1 of 3 mails");

      // ... but the two good mails went out, once each, and only the bad one waits
      assertThat(received(id + "-a")).isEqualTo(1);
      assertThat(received(id + "-c")).isEqualTo(1);
      assertThat(mails.findById(queued.get(1).getId()).orElseThrow())
          .satisfies(m -> assertThat(m.getStatus()).isNotEqualTo(MailStatus.SENT))
          .satisfies(m -> assertThat(m.getAttempts()).isEqualTo(1));
      assertThat(mails.findById(queued.get(2).getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
    } finally {
      identityService.deleteUser(typo.getId());
      // the retrying job would fail for every later test sharing this engine: it goes, as an administrator would
      runtimeService.createProcessInstanceQuery().processDefinitionKey(MailDeliveryProcess.KEY)
          .processInstanceBusinessKeyLike("%" + id + "%").list()
          .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test: malformed address"));
    }
  }

  @Test
  void aJobRetriedAfterTheMailLeftDoesNotSendItAgain() {
    String id = "retried-" + UUID.randomUUID();
    OutboxMail mail = transactions.execute(s -> outbox.enqueue(notice(id)));

    // the mail leaves, then the job's own transaction fails (e.g. the node dies before it commits)
    transactions.executeWithoutResult(status -> {
      delivery.send(mail.getId());
      status.setRollbackOnly();
    });
    assertThat(received(id)).isEqualTo(1);

    // the job is retried
    managementService.executeJob(sendJob(mail).getId());

    assertThat(received(id)).isEqualTo(1);
    assertThat(mails.findById(mail.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
  }

  @Test
  void anIncidentAppearsOnlyWhenTheRetriesAreSpentAndTheMailStillGoesOutOnce() {
    String id = "incident-" + UUID.randomUUID();
    TestMailServer.stop();
    try {
      OutboxMail mail = transactions.execute(s -> outbox.enqueue(notice(id)));
      String pid = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(mail.getIdempotencyKey())
          .singleResult().getId();
      // R3/PT1M: three attempts, a minute apart, then an incident
      for (int attempt = 1; attempt <= 3; attempt++) {
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pid).count()).isZero();
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + attempt * 2 * 60_000L));
        Job job = managementService.createJobQuery().processInstanceId(pid).singleResult();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> managementService.executeJob(job.getId()));
      }
      assertThat(runtimeService.createIncidentQuery().processInstanceId(pid).singleResult().getIncidentMessage())
          .contains("failed");
      assertThat(mails.findById(mail.getId()).orElseThrow().getAttempts()).isEqualTo(3);

      // the administrator retries it from Cockpit once the server is back
      TestMailServer.start();
      Job job = managementService.createJobQuery().processInstanceId(pid).singleResult();
      managementService.setJobRetries(job.getId(), 1);
      managementService.executeJob(job.getId());
      assertThat(received(id)).isEqualTo(1);
      assertThat(mails.findById(mail.getId()).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
    } finally {
      if (TestMailServer.get() == null || !TestMailServer.get().isRunning()) {
        TestMailServer.start();
      }
    }
  }
}
