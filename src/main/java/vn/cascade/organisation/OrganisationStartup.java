package vn.cascade.organisation;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On start: role groups and the groups of every unit exist, with their authorizations (idempotent). */
@Component
class OrganisationStartup {

  private final UnitRepository units;
  private final CamundaGroupSync groupSync;

  OrganisationStartup(UnitRepository units, CamundaGroupSync groupSync) {
    this.units = units;
    this.groupSync = groupSync;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  @Transactional
  public void synchronise() {
    groupSync.ensureRoleGroups();
    units.findAll().forEach(groupSync::mirror);
  }
}
