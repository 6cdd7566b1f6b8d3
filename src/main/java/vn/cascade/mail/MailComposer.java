package vn.cascade.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import vn.cascade.common.CascadeProperties;
import vn.cascade.common.Dates;
import vn.cascade.common.JsonVariables;

/** Renders mails from the Vietnamese Thymeleaf templates in {@code templates/mail/}. */
@Component
public class MailComposer {

  private final TemplateEngine templates;
  private final CascadeProperties properties;

  MailComposer(TemplateEngine templates, CascadeProperties properties) {
    this.templates = templates;
    this.properties = properties;
  }

  public record Mail(String subject, String body) {}

  public String subject(Notice notice) {
    return "[Cascade] " + notice.kind().label()
        + (notice.document() == null ? "" : " - " + notice.document())
        + (notice.taskName() == null ? "" : ": " + notice.taskName());
  }

  /** What the outbox row keeps of a notice until it is sent: the notice and the recipient's name, as JSON. */
  public String pending(Notice notice, String recipientName) {
    try {
      return JsonVariables.mapper().writeValueAsString(new Pending(notice, recipientName));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write notice " + notice.idempotencyKey(), e);
    }
  }

  /** The mail's body: as stored, or rendered from the notice it keeps (a notice is rendered when it is sent). */
  public String body(OutboxMail mail) {
    if (mail.getBody() != null || mail.getNotice() == null) {
      return mail.getBody();
    }
    try {
      Pending pending = JsonVariables.mapper().readValue(mail.getNotice(), Pending.class);
      return body(pending.notice(), pending.recipientName());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Outbox mail " + mail.getId() + " keeps an unreadable notice", e);
    }
  }

  record Pending(Notice notice, String recipientName) {}

  String body(Notice notice, String recipientName) {
    Context context = new Context(Locale.forLanguageTag("vi"));
    context.setVariable("n", notice);
    context.setVariable("recipientName", recipientName);
    context.setVariable("headline", notice.kind().label());
    context.setVariable("dueText", Dates.vn(notice.dueDate()));
    context.setVariable("daysText", daysText(notice.workingDaysLeft()));
    context.setVariable("taskLink", taskLink(notice.taskId()));
    return templates.process("mail/notice", context);
  }

  public Mail digest(String recipientName, List<OutboxMail> items, java.time.LocalDate day) {
    Context context = new Context(Locale.forLanguageTag("vi"));
    context.setVariable("recipientName", recipientName);
    context.setVariable("items", items);
    context.setVariable("day", Dates.vn(day));
    context.setVariable("tasklink", properties.baseUrl() + "/camunda/app/tasklist/default/");
    return new Mail("[Cascade] " + MailKind.DIGEST.label() + " " + Dates.vn(day) + " (" + items.size() + " việc)",
        templates.process("mail/digest", context));
  }

  public String taskLink(String taskId) {
    return properties.baseUrl() + "/camunda/app/tasklist/default/" + (taskId == null ? "" : "#/?task=" + taskId);
  }

  static String daysText(Integer days) {
    if (days == null) {
      return null;
    }
    if (days > 0) {
      return "Còn " + days + " ngày làm việc";
    }
    if (days == 0) {
      return "Đến hạn hôm nay";
    }
    return "Quá hạn " + (-days) + " ngày làm việc";
  }
}
