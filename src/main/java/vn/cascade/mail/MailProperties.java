package vn.cascade.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code cascade.mail}: sender address, whether reminders wait for one daily digest per person, when
 * the digest goes out (HH:mm, province time), and the retry cycle of a send job (ISO 8601 repeat, e.g. R5/PT5M).
 */
@ConfigurationProperties("cascade.mail")
public record MailProperties(String from, Boolean digest, String digestTime, String retryCycle) {

  public MailProperties {
    from = from == null ? "cascade@localhost" : from;
    digest = digest == null ? Boolean.TRUE : digest;
    digestTime = digestTime == null ? "07:30" : digestTime;
    retryCycle = retryCycle == null ? "R5/PT5M" : retryCycle;
  }
}
