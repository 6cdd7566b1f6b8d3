package vn.cascade.organisation;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.cascade.security.TasklistFilters;

/** On start: role groups, the groups of every unit, and the shared Tasklist filters exist (idempotent). */
@Component
class OrganisationStartup {

  private final UnitRepository units;
  private final CamundaGroupSync groupSync;
  private final TasklistFilters filters;

  OrganisationStartup(UnitRepository units, CamundaGroupSync groupSync, TasklistFilters filters) {
    this.units = units;
    this.groupSync = groupSync;
    this.filters = filters;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  @Transactional
  public void synchronise() {
    groupSync.ensureRoleGroups();
    units.findAll().forEach(groupSync::mirror);
    filters.ensure();
  }
}
