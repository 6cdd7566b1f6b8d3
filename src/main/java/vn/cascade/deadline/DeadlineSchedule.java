package vn.cascade.deadline;

import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.cascade.common.CascadeProperties;
import vn.cascade.common.Cycles;
import vn.cascade.common.EngineClock;

/**
 * When deadlines are checked: every morning at {@code cascade.deadlines.check-time} (province time); the check
 * itself does nothing on days off. For BPMN: {@code ${deadlineSchedule.checkCycle()}}.
 */
@Component("deadlineSchedule")
public class DeadlineSchedule {

  private final LocalTime checkTime;
  private final CascadeProperties properties;
  private final EngineClock clock;

  DeadlineSchedule(@Value("${cascade.deadlines.check-time:07:00}") String checkTime, CascadeProperties properties,
      EngineClock clock) {
    this.checkTime = LocalTime.parse(checkTime);
    this.properties = properties;
    this.clock = clock;
  }

  public String checkCycle() {
    return Cycles.daily(checkTime, properties.zoneId(), clock.now());
  }
}
