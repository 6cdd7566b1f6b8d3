package vn.cascade.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cascade.support.ProcessTestBase;

/** A fan-out batch reads its units' staff and leaders with one query; the answers are the identity service's. */
class UserDirectoryTest extends ProcessTestBase {

  @Autowired UserDirectory directory;
  @Autowired IdentityService identityService;
  @Autowired TransactionTemplate transaction;

  static List<String> ids(List<User> users) {
    return users.stream().map(User::getId).sorted().toList();
  }

  @Test
  void preloadedGroupsHaveTheSameMembersAsTheIdentityServiceSays() {
    // given the groups of two units and a group without members
    List<String> groups = List.of("stc-staff", "stc-leaders", "sct-leaders", "no-members-group");

    // when a transaction preloads them and then asks for each group's members
    List<List<User>> members = transaction.execute(status -> {
      directory.preload(groups);
      return groups.stream().map(directory::members).toList();
    });

    // then each list is the identity service's, with names and email addresses for the mails
    for (int i = 0; i < groups.size(); i++) {
      List<User> expected = identityService.createUserQuery().memberOfGroup(groups.get(i)).list();
      assertThat(ids(members.get(i))).as(groups.get(i)).isEqualTo(ids(expected));
    }
    assertThat(members.get(1)).isNotEmpty().allSatisfy(leader -> {
      User stored = identityService.createUserQuery().userId(leader.getId()).singleResult();
      assertThat(leader.getEmail()).isEqualTo(stored.getEmail());
      assertThat(UserDirectory.fullName(leader)).isEqualTo(UserDirectory.fullName(stored));
    });
    assertThat(members.get(3)).isEmpty();
  }

  @Test
  void aNewMemberIsSeenByTheNextTransaction() {
    // given a transaction that preloaded the unit's staff
    transaction.executeWithoutResult(status -> directory.preload(List.of("sct-staff")));
    User added = identityService.newUser("sct.moi");
    added.setFirstName("Mới");
    added.setLastName("Chuyên viên");
    identityService.saveUser(added);
    identityService.createMembership("sct.moi", "sct-staff");
    try {
      // when a later transaction asks for the staff
      List<User> staff = transaction.execute(status -> directory.members("sct-staff"));

      // then the member list was not kept beyond the first transaction
      assertThat(ids(staff)).contains("sct.moi");
    } finally {
      identityService.deleteUser("sct.moi");
    }
  }
}
