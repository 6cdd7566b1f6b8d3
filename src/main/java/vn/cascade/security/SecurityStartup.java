package vn.cascade.security;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On start, after the organisation's groups exist: the shared Tasklist filters exist (idempotent). */
@Component
class SecurityStartup {

  private final TasklistFilters filters;

  SecurityStartup(TasklistFilters filters) {
    this.filters = filters;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void ensureFilters() {
    filters.ensure();
  }
}
