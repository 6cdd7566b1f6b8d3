package vn.cascade.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import vn.cascade.common.EngineAccess;
import vn.cascade.common.TransactionScoped;

/**
 * The people behind the mails: a group's members, and a user by id. Within one transaction a user read as a group
 * member is not read again when the outbox addresses the mail (a fan-out batch mails fifty units' leaders). Only
 * users are remembered, never a group's member list, and only until the transaction ends.
 */
@Component
public class UserDirectory {

  private final IdentityService identityService;
  private final EngineAccess engine;

  UserDirectory(IdentityService identityService, EngineAccess engine) {
    this.identityService = identityService;
    this.engine = engine;
  }

  /** The group's members (read as the system: who gets a mail does not depend on the caller's rights). */
  public List<User> members(String groupId) {
    List<User> members = engine.asSystem(() -> identityService.createUserQuery().memberOfGroup(groupId).list());
    Map<String, User> known = known();
    if (known != null) {
      members.forEach(user -> known.put(user.getId(), user));
    }
    return members;
  }

  /** The user, or empty when there is none. */
  public Optional<User> find(String userId) {
    Map<String, User> known = known();
    if (known != null && known.containsKey(userId)) {
      return Optional.of(known.get(userId));
    }
    User user = engine.asSystem(() -> identityService.createUserQuery().userId(userId).singleResult());
    if (known != null && user != null) {
      known.put(userId, user);
    }
    return Optional.ofNullable(user);
  }

  /** The name shown on mails and forms: the first and last name as stored, joined by a space. */
  public static String fullName(User user) {
    return (user.getFirstName() + " " + user.getLastName()).trim();
  }

  /** This transaction's users (null outside a transaction). */
  private static Map<String, User> known() {
    KnownUsers users = TransactionScoped.current(KnownUsers.class, KnownUsers::new);
    return users == null ? null : users.byId;
  }

  private static final class KnownUsers implements TransactionSynchronization {
    final Map<String, User> byId = new HashMap<>();
  }
}
