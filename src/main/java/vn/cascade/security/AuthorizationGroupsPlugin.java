package vn.cascade.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Authorization checks without the engine's group pre-filter for the short group lists Cascade's users have.
 *
 * <p>Before every authorized query the engine reads every group id that appears in {@code ACT_RU_AUTHORIZATION}
 * ({@code SELECT distinct(A.GROUP_ID_)}, once per command) to drop the user's groups that have no authorization
 * at all, which only keeps the group {@code IN} list short. Cascade writes a task authorization for every candidate
 * group (hundreds of thousands of rows in a province), so that read alone dominated a Tasklist page on PostgreSQL,
 * twice per page (list and count; docs/benchmarks.md). A Cascade user belongs to a handful of groups (the unit's
 * staff or leaders, perhaps a role group): passing them through unchanged gives the same answer, since a group
 * without authorizations matches no row. Longer lists still go through the engine's filter. (The same idea as
 * CIB seven's {@code authGroupFilterThreshold}; camunda/camunda-bpm-platform#5485.)
 */
@Component
public class AuthorizationGroupsPlugin extends AbstractProcessEnginePlugin {

  /** Group lists up to this length skip the engine's pre-filter. */
  public static final int THRESHOLD = 20;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new ShortGroupListAuthorizationManager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** The engine's authorization manager, passing short group lists through unchanged. */
  static class ShortGroupListAuthorizationManager extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds != null && !authenticatedGroupIds.isEmpty()
          && authenticatedGroupIds.size() <= THRESHOLD) {
        return new ArrayList<>(authenticatedGroupIds);
      }
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
  }
}
