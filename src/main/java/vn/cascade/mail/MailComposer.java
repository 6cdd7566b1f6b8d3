package vn.cascade.mail;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import vn.cascade.common.CascadeProperties;
import vn.cascade.common.Dates;

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

  public Mail notice(Notice notice, String recipientName) {
    Context context = new Context(Locale.forLanguageTag("vi"));
    context.setVariable("n", notice);
    context.setVariable("recipientName", recipientName);
    context.setVariable("headline", notice.kind().label());
    context.setVariable("dueText", Dates.vn(notice.dueDate()));
    context.setVariable("daysText", daysText(notice.workingDaysLeft()));
    context.setVariable("taskLink", taskLink(notice.taskId()));
    String subject = "[Cascade] " + notice.kind().label()
        + (notice.documentNumber() == null ? "" : " - " + notice.documentNumber())
        + (notice.taskName() == null ? "" : ": " + notice.taskName());
    return new Mail(subject, templates.process("mail/notice", context));
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
