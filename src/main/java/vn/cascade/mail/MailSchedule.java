package vn.cascade.mail;

import java.time.LocalTime;
import org.springframework.stereotype.Component;
import vn.cascade.common.CascadeProperties;
import vn.cascade.common.Cycles;
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

  public String digestCycle() {
    return Cycles.daily(LocalTime.parse(mail.digestTime()), properties.zoneId(), clock.now());
  }
}
