package vn.cascade.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
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
  private final MailComposer composer;

  MailDelivery(OutboxRepository mails, OutboxRecorder recorder, ObjectProvider<JavaMailSender> senders,
      MailProperties properties, MailComposer composer) {
    this.mails = mails;
    this.recorder = recorder;
    this.senders = senders;
    this.properties = properties;
    this.composer = composer;
  }

  /**
   * Sends the batch's mails that still wait, each recorded as sent as soon as the server accepted it. A mail the
   * server refuses does not hold back the others; when the server itself fails (connection, authentication) the
   * rest waits for the retry. Throws when any mail failed, so the job is retried (sent mails are not sent again).
   */
  public void sendBatch(String batch) {
    List<OutboxMail> waiting = mails.findByDeliveryBatchOrderById(batch).stream()
        .filter(m -> m.getStatus() == MailStatus.PENDING).toList();
    List<String> failures = new ArrayList<>();
    Transport connection = null;
    try {
      for (OutboxMail mail : waiting) {
        try {
          if (connection == null) {
            connection = connect();
          }
          send(mail, connection);
        } catch (MailFailure failure) {
          failures.add(failure.getMessage());
          if (failure.serverDown) {
            break;
          }
        } catch (MessagingException e) {
          recorder.failed(mail.getId(), e.getMessage());
          failures.add("Mail server connection failed: " + e.getMessage());
          break;
        }
      }
    } finally {
      close(connection);
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException(failures.size() + " of " + waiting.size() + " mails of batch " + batch
          + " failed; first: " + failures.get(0));
    }
  }

  public void send(Long outboxId) {
    OutboxMail mail = mails.findById(outboxId).orElseThrow(() -> new IllegalStateException("No outbox mail " + outboxId));
    try {
      send(mail);
    } catch (MailFailure failure) {
      throw new IllegalStateException(failure.getMessage(), failure.getCause());
    }
  }

  /**
   * One SMTP connection for a whole batch (the handshake once, not per mail), when the sender is Spring's
   * JavaMailSenderImpl; null (a connection per mail) otherwise.
   */
  private Transport connect() throws MessagingException {
    if (!(senders.getIfAvailable() instanceof JavaMailSenderImpl impl)) {
      return null;
    }
    Transport transport = impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
    transport.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
    return transport;
  }

  private static void close(Transport transport) {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        // the mails were accepted (and recorded) already; a failed QUIT changes nothing
      }
    }
  }

  private void send(OutboxMail mail) {
    send(mail, null);
  }

  private void send(OutboxMail mail, Transport connection) {
    Long outboxId = mail.getId();
    if (mail.getStatus() != MailStatus.PENDING) {
      return; // already sent (a retried job), or not to be sent
    }
    JavaMailSender sender = senders.getIfAvailable();
    if (sender == null) {
      recorder.notSent(outboxId, "Chưa cấu hình máy chủ thư (spring.mail.host).");
      return;
    }
    MimeMessage message = sender.createMimeMessage();
    String body;
    try {
      // a notice is rendered now (Outbox keeps its facts); a template that fails leaves the job to retry, visibly
      body = composer.body(mail);
      MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(mail.getRecipientEmail());
      helper.setSubject(mail.getSubject());
      helper.setText(body, true);
      message.saveChanges();
      // a stable Message-ID: mail servers and clients can drop a duplicate as well
      message.setHeader("Message-ID", "<" + UUID.nameUUIDFromBytes(
          mail.getIdempotencyKey().getBytes(StandardCharsets.UTF_8)) + "@cascade>");
    } catch (MessagingException e) {
      // this mail cannot be written (e.g. a malformed address): its own failure, not the server's
      recorder.failed(outboxId, e.getMessage());
      throw new MailFailure("Mail " + outboxId + " to " + mail.getRecipientEmail() + " failed: " + e.getMessage(),
          e, false);
    }
    try {
      if (connection != null) {
        connection.sendMessage(message, message.getAllRecipients());
      } else {
        sender.send(message);
      }
    } catch (MailException | MessagingException e) {
      recorder.failed(outboxId, e.getMessage());
      // refused: SendFailedException on a batch connection; from Spring, a MailSendException without a cause.
      // Anything else (a dropped connection, a failed login) is the server's failure.
      boolean serverDown = connection != null ? !(e instanceof SendFailedException)
          : e instanceof MailAuthenticationException || (e instanceof MailSendException send && send.getCause() != null);
      throw new MailFailure("Mail " + outboxId + " to " + mail.getRecipientEmail() + " failed: " + e.getMessage(),
          e, serverDown);
    }
    recorder.sent(outboxId, body);
  }

  private static final class MailFailure extends RuntimeException {
    final boolean serverDown;

    MailFailure(String message, Exception cause, boolean serverDown) {
      super(message, cause);
      this.serverDown = serverDown;
    }
  }
}
