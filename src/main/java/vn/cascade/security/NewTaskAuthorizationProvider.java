package vn.cascade.security;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;
import vn.cascade.common.EngineAccess;

/**
 * The engine's default authorizations for tasks (a candidate group or assignee may read and work the task), without
 * first looking in the database for an authorization of a task created in this very command: none can name it yet.
 * Every unit's new task in a fan-out saved that query. Authorizations already made in the command are still merged,
 * by the engine, from its entity cache; tasks that exist in the database go through the engine's lookup as before.
 */
public class NewTaskAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource, String resourceId) {
    return isNewTask(resource, resourceId) ? null
        : super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
  }

  @Override
  protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource, String resourceId) {
    return isNewTask(resource, resourceId) ? null : super.getGrantAuthorizationByUserId(userId, resource, resourceId);
  }

  static boolean isNewTask(Resource resource, String taskId) {
    if (resource != Resources.TASK || taskId == null || Context.getCommandContext() == null) {
      return false;
    }
    return EngineAccess.isNewInThisCommand(
        Context.getCommandContext().getDbEntityManager().getCachedEntity(TaskEntity.class, taskId));
  }

  /** Installs the provider. */
  @Component
  static class Plugin extends AbstractProcessEnginePlugin {
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      configuration.setResourceAuthorizationProvider(new NewTaskAuthorizationProvider());
    }
  }
}
