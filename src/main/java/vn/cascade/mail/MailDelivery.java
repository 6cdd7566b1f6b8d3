package vn.cascade.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends one outbox mail over SMTP. Whether it went out is written in its own transaction right after the SMTP
 * server accepted it, so a job retried after the mail left finds it sent and does not send it again.
 */
@Service
public class MailDelivery {

  private final OutboxRepository mails;
  private final OutboxRecorder recorder;
  private final ObjectProvider<JavaMailSender> senders;
  private final MailProperties properties;

  MailDelivery(OutboxRepository mails, OutboxRecorder recorder, ObjectProvider<JavaMailSender> senders,
      MailProperties properties) {
    this.mails = mails;
    this.recorder = recorder;
    this.senders = senders;
    this.properties = properties;
  }

  public void send(Long outboxId) {
    OutboxMail mail = mails.findById(outboxId).orElseThrow(() -> new IllegalStateException("No outbox mail " + outboxId));
    if (mail.getStatus() != MailStatus.PENDING) {
      return; // already sent (a retried job), or not to be sent
    }
    JavaMailSender sender = senders.getIfAvailable();
    if (sender == null) {
      recorder.notSent(outboxId, "Chưa cấu hình máy chủ thư (spring.mail.host).");
      return;
    }
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(mail.getRecipientEmail());
      helper.setSubject(mail.getSubject());
      helper.setText(mail.getBody(), true);
      message.saveChanges();
      // a stable Message-ID: mail servers and clients can drop a duplicate as well
      message.setHeader("Message-ID", "<" + UUID.nameUUIDFromBytes(
          mail.getIdempotencyKey().getBytes(StandardCharsets.UTF_8)) + "@cascade>");
      sender.send(message);
    } catch (MailException | MessagingException e) {
      recorder.failed(outboxId, e.getMessage());
      throw new IllegalStateException("Mail " + outboxId + " to " + mail.getRecipientEmail() + " failed: "
          + e.getMessage(), e);
    }
    recorder.sent(outboxId);
  }
}
