package vn.cascade.bench;

import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cascade.mail.MailKind;
import vn.cascade.mail.Notice;
import vn.cascade.mail.Outbox;
import vn.cascade.support.TestMailServer;

/**
 * Reminder sweep: 10,000 reminders fall due at once (digest off, so each is mailed on its own) and go through the
 * outbox and the mail-delivery jobs to a local SMTP server (GreenMail); timed until every mail has arrived, then
 * the mails are counted by Message-ID (stable per notice): duplicates and lost ones.
 */
@SpringBootTest(properties = {"camunda.bpm.job-execution.enabled=true", "cascade.mail.digest=false"})
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class ReminderSweepBenchmark {

  static final int MAILS = Integer.getInteger("cascade.bench.sweep-mails", 10_000);
  /** Notices queued per transaction, as a deadline-check job would queue the reminders of its tasks. */
  static final int PER_TRANSACTION = 100;
  static final List<String> RECIPIENTS = List.of("stc.chuyenvien", "stc.lanhdao", "skhcn.chuyenvien",
      "skhcn.lanhdao", "sct.chuyenvien", "sct.lanhdao", "stnmt.chuyenvien", "stnmt.lanhdao", "ngoc-hoi.lanhdao",
      "plei-kan.lanhdao");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    Bench.freshDatabase(registry, "sweep");
  }

  @Autowired Outbox outbox;
  @Autowired TransactionTemplate transactions;

  @Test
  void tenThousandRemindersDueAtOnce() {
    TestMailServer.reset();
    LocalDate today = LocalDate.now();
    long start = System.nanoTime();
    for (int from = 0; from < MAILS; from += PER_TRANSACTION) {
      int first = from;
      transactions.executeWithoutResult(tx -> {
        for (int i = first; i < Math.min(first + PER_TRANSACTION, MAILS); i++) {
          outbox.enqueue(new Notice(MailKind.REMINDER, RECIPIENTS.get(i % RECIPIENTS.size()), "bench-task-" + i,
              today, "bench-task-" + i, null, "01/UBND-KTTH", "Thực hiện, báo cáo kết quả",
              "UBND xã Bench " + i, today.plusDays(3), 3, null));
        }
      });
    }
    double queuedSeconds = Bench.seconds(start);
    Double seconds = null;
    try {
      await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(250))
          .until(() -> TestMailServer.get().getReceivedMessages().length >= MAILS);
      seconds = Bench.seconds(start);
    } catch (ConditionTimeoutException e) {
      System.out.println("[bench] not every mail arrived within 8 minutes");
    }
    // late duplicates (a retried send) would arrive now
    await().pollDelay(Duration.ofSeconds(5)).until(() -> true);
    MimeMessage[] received = TestMailServer.get().getReceivedMessages();
    Set<String> distinct = new HashSet<>();
    for (MimeMessage message : received) {
      try {
        distinct.add(message.getMessageID());
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    Map<String, Object> sweep = new LinkedHashMap<>();
    sweep.put("db", Bench.db());
    sweep.put("mails", MAILS);
    sweep.put("seconds", seconds);
    sweep.put("queuedSeconds", queuedSeconds);
    sweep.put("perSecond", seconds == null ? null : Bench.round(MAILS / seconds, 1));
    sweep.put("received", received.length);
    sweep.put("duplicates", received.length - distinct.size());
    sweep.put("lost", MAILS - distinct.size());
    Bench.print("reminder sweep", sweep);
    Bench.update(root -> Bench.putPerDb(root, "sweep", sweep));
  }
}
