package vn.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import vn.cascade.support.ProcessTestBase;

/** The engine's group pre-filter is skipped for short group lists, with the same authorization answers. */
class AuthorizationGroupsTest extends ProcessTestBase {

  List<String> filtered(List<String> groups) {
    ProcessEngineConfigurationImpl configuration = ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context ->
        context.getSession(AuthorizationManager.class).filterAuthenticatedGroupIds(groups));
  }

  @Test
  void aShortGroupListIsUsedAsItIsWithoutReadingEveryAuthorizedGroup() {
    // given a unit leader's groups and a group that has no authorization at all
    List<String> groups = List.of("stc-leaders", "stc-staff", "no-such-group");

    // when the engine prepares an authorization check
    List<String> used = filtered(groups);

    // then the list is used as it is (the extra group matches no authorization row anyway)
    assertThat(used).containsExactlyElementsOf(groups);
  }

  @Test
  void aLongGroupListStillGoesThroughTheEnginesFilter() {
    // given more groups than the threshold, most of them without any authorization
    List<String> groups = new ArrayList<>(List.of("stc-leaders"));
    IntStream.rangeClosed(1, AuthorizationGroupsPlugin.THRESHOLD).forEach(i -> groups.add("no-such-group-" + i));

    // when the engine prepares an authorization check
    List<String> used = filtered(groups);

    // then only the groups that appear in authorizations are kept
    assertThat(used).containsExactly("stc-leaders");
  }
}
