package vn.cascade.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cascade.support.ProcessTestBase;
import vn.cascade.support.TestMailServer;

/** With the daily digest on, a person with several reminders gets one mail listing them; with one, that one. */
@TestPropertySource(properties = "cascade.mail.digest=true")
class DigestTest extends ProcessTestBase {

  @Autowired Outbox outbox;
  @Autowired OutboxRepository mails;
  @Autowired TransactionTemplate transactions;

  static Notice reminder(String user, String number) {
    return new Notice(MailKind.REMINDER, user, number, LocalDate.now(), null, null, number,
        "Thực hiện, báo cáo kết quả", "Sở Tài chính", LocalDate.now().plusDays(3), 3, null);
  }

  static List<MimeMessage> to(String user) {
    return Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> {
      try {
        return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(user + "@kontum.gov.vn");
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void severalRemindersBecomeOneDigestMailPerPerson() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    TestMailServer.reset();
    transactions.executeWithoutResult(s -> {
      outbox.enqueue(reminder("sct.chuyenvien", "11/UBND-" + tag));
      outbox.enqueue(reminder("sct.chuyenvien", "12/UBND-" + tag));
      outbox.enqueue(reminder("sct.chuyenvien", "13/UBND-" + tag));
      outbox.enqueue(reminder("sxd.chuyenvien", "14/UBND-" + tag));
    });
    cycle.executeJobs();
    assertThat(to("sct.chuyenvien")).isEmpty(); // waiting for the morning digest

    transactions.executeWithoutResult(s -> outbox.sendDigests(LocalDate.now()));
    cycle.executeJobs();

    List<MimeMessage> digest = to("sct.chuyenvien");
    assertThat(digest).hasSize(1);
    assertThat(digest.get(0).getSubject()).contains("Tổng hợp nhắc việc").contains("3 việc");
    assertThat(digest.get(0).getContent().toString())
        .contains("11/UBND-" + tag).contains("12/UBND-" + tag).contains("13/UBND-" + tag);
    assertThat(to("sxd.chuyenvien")).singleElement()
        .satisfies(m -> assertThat(m.getSubject()).contains("Nhắc hạn").contains("14/UBND-" + tag));
    assertThat(mails.findAll()).filteredOn(m -> m.getSubject().contains(tag))
        .allSatisfy(m -> assertThat(m.getStatus()).isIn(MailStatus.SENT, MailStatus.IN_DIGEST));
  }
}
