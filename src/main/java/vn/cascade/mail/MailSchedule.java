package vn.cascade.mail;

import java.time.LocalTime;
import org.springframework.stereotype.Component;
import vn.cascade.common.CascadeProperties;
import vn.cascade.common.EngineClock;

/** Timer settings of the mail processes, for BPMN expressions ({@code ${mailSchedule.retryCycle()}}). */
@Component("mailSchedule")
public class MailSchedule {

  private final MailProperties mail;
  private final CascadeProperties properties;
  private final EngineClock clock;

  MailSchedule(MailProperties mail, CascadeProperties properties, EngineClock clock) {
    this.mail = mail;
    this.properties = properties;
    this.clock = clock;
  }

  /** How often and how long a failed send is retried before an incident is raised. */
  public String retryCycle() {
    return mail.retryCycle();
  }

  /**
   * When the morning's digest may go out: today's {@code cascade.mail.digest-time} (province time), for the timer
   * of {@code deadline-check} after its last chunk ({@code ${mailSchedule.digestNotBefore()}}); a time already past
   * fires at once, so a check that ran long is followed by its digest as soon as it is done.
   */
  public java.util.Date digestNotBefore() {
    return java.util.Date.from(clock.today().atTime(LocalTime.parse(mail.digestTime()))
        .atZone(properties.zoneId()).toInstant());
  }
}
