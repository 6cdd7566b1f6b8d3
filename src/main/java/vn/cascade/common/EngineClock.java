package vn.cascade.common;

import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** "Now" as the engine sees it, so tests that move the engine clock move Cascade's dates too. */
@Component
public class EngineClock {

  private final CascadeProperties properties;

  EngineClock(CascadeProperties properties) {
    this.properties = properties;
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public LocalDate today() {
    return now().atZone(properties.zoneId()).toLocalDate();
  }
}
