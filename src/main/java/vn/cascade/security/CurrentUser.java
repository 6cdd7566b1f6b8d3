package vn.cascade.security;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.cascade.organisation.Groups;

/** The user the engine is acting for in this request or task completion (null when the system acts). */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Optional<Authentication> authentication() {
    return Optional.ofNullable(identityService.getCurrentAuthentication());
  }

  public String idOr(String fallback) {
    return authentication().map(Authentication::getUserId).orElse(fallback);
  }

  public List<String> groups() {
    return authentication().map(Authentication::getGroupIds).map(List::copyOf).orElse(List.of());
  }

  public Optional<String> unitCode() {
    return Groups.unitOf(groups());
  }

  /** Province leaders, Finance coordinators, office clerks and administrators follow all units' work. */
  public boolean isOverseer() {
    return authentication().isEmpty() || Groups.isOverseer(groups());
  }

  public boolean isMemberOf(String groupId) {
    return groups().contains(groupId);
  }
}
