package vn.cascade.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import vn.cascade.common.EngineAccess;
import vn.cascade.common.TransactionScoped;

/**
 * The people behind the mails: a group's members, and a user by id. Within one transaction a user read as a group
 * member is not read again when the outbox addresses the mail (a fan-out batch mails fifty units' leaders). A
 * group's member list is remembered only when a fan-out batch asked for its groups up front ({@link #preload}), and
 * only until the transaction ends.
 */
@Component
public class UserDirectory {

  private final IdentityService identityService;
  private final EngineAccess engine;
  private final NamedParameterJdbcTemplate namedJdbc;

  UserDirectory(IdentityService identityService, EngineAccess engine, JdbcTemplate jdbc) {
    this.identityService = identityService;
    this.engine = engine;
    this.namedJdbc = new NamedParameterJdbcTemplate(jdbc);
  }

  /** The group's members (read as the system: who gets a mail does not depend on the caller's rights). */
  public List<User> members(String groupId) {
    KnownUsers known = known();
    if (known != null && known.membersByGroup.containsKey(groupId)) {
      return known.membersByGroup.get(groupId);
    }
    List<User> members = engine.asSystem(() -> identityService.createUserQuery().memberOfGroup(groupId).list());
    if (known != null) {
      members.forEach(user -> known.byId.put(user.getId(), user));
    }
    return members;
  }

  /**
   * Reads the members of all these groups with one query and keeps them until the transaction ends: a fan-out batch
   * registers fifty units, and each asks for its staff (the leader's form) and its leaders (the "new task" mail).
   * Outside a transaction it does nothing.
   */
  public void preload(Collection<String> groupIds) {
    KnownUsers known = known();
    if (known == null || groupIds.isEmpty()) {
      return;
    }
    Map<String, List<User>> byGroup = new HashMap<>();
    groupIds.forEach(groupId -> byGroup.put(groupId, new ArrayList<>()));
    namedJdbc.query("select M.GROUP_ID_, U.ID_, U.FIRST_, U.LAST_, U.EMAIL_ "
        + "from ACT_ID_MEMBERSHIP M join ACT_ID_USER U on U.ID_ = M.USER_ID_ where M.GROUP_ID_ in (:groups)",
        Map.of("groups", groupIds), (ResultSet row) -> {
          User user = known.byId.computeIfAbsent(row.getString("ID_"), id -> {
            UserEntity read = new UserEntity(id);
            try {
              read.setFirstName(row.getString("FIRST_"));
              read.setLastName(row.getString("LAST_"));
              read.setEmail(row.getString("EMAIL_"));
            } catch (SQLException e) {
              throw new IllegalStateException(e);
            }
            return read;
          });
          byGroup.get(row.getString("GROUP_ID_")).add(user);
        });
    known.membersByGroup.putAll(byGroup);
  }

  /** The user, or empty when there is none. */
  public Optional<User> find(String userId) {
    KnownUsers known = known();
    if (known != null && known.byId.containsKey(userId)) {
      return Optional.of(known.byId.get(userId));
    }
    User user = engine.asSystem(() -> identityService.createUserQuery().userId(userId).singleResult());
    if (known != null && user != null) {
      known.byId.put(userId, user);
    }
    return Optional.ofNullable(user);
  }

  /** The name shown on mails, forms and documents, in Vietnamese order ("Trịnh Thu Hà"; see {@link PersonName}). */
  public static String fullName(User user) {
    return PersonName.of(user).full();
  }

  /** This transaction's users (null outside a transaction). */
  private static KnownUsers known() {
    return TransactionScoped.current(KnownUsers.class, KnownUsers::new);
  }

  private static final class KnownUsers implements TransactionSynchronization {
    final Map<String, User> byId = new HashMap<>();
    final Map<String, List<User>> membersByGroup = new HashMap<>();
  }
}
