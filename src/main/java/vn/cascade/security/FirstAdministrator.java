package vn.cascade.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.cascade.organisation.Groups;

/**
 * The first administrator comes from the environment ({@code CASCADE_ADMIN_ID}, {@code CASCADE_ADMIN_PASSWORD}),
 * never from a default: no user or password exists until an operator sets them, and the Admin app's anonymous
 * first-user page is closed ({@link AdminSetupLock}), so nobody who reaches a fresh server first becomes its
 * administrator. The user is created once, as a member of {@code camunda-admin} (the engine's administrators);
 * later starts leave it and its password alone. Without the variables and without any administrator, one log line
 * says how to set them. The demo profile brings its own {@code admin}.
 */
@Component
class FirstAdministrator {

  private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

  private final IdentityService identity;
  private final String id;
  private final String password;

  FirstAdministrator(IdentityService identity, @Value("${cascade.admin.id:}") String id,
      @Value("${cascade.admin.password:}") String password) {
    this.identity = identity;
    this.id = id.trim();
    this.password = password;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  void ensure() {
    if (!id.isEmpty() && !password.isBlank()) {
      if (identity.createGroupQuery().groupId(Groups.ADMINS).count() == 0) {
        Group group = identity.newGroup(Groups.ADMINS);
        group.setName("Quản trị hệ thống");
        group.setType("SYSTEM");
        identity.saveGroup(group);
      }
      if (identity.createUserQuery().userId(id).count() == 0) {
        User user = identity.newUser(id);
        user.setFirstName("Quản trị");
        user.setLastName("viên");
        user.setPassword(password);
        identity.saveUser(user);
        LOG.info("Administrator '{}' created from CASCADE_ADMIN_ID / CASCADE_ADMIN_PASSWORD", id);
      }
      if (identity.createUserQuery().userId(id).memberOfGroup(Groups.ADMINS).count() == 0) {
        identity.createMembership(id, Groups.ADMINS);
      }
    } else if (identity.createUserQuery().memberOfGroup(Groups.ADMINS).count() == 0) {
      LOG.warn("No administrator exists and none is configured: set the environment variables CASCADE_ADMIN_ID and "
          + "CASCADE_ADMIN_PASSWORD and restart to create the first one (the Admin app's first-user page is closed)");
    }
  }
}
