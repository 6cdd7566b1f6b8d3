package vn.cascade.common;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.springframework.stereotype.Component;

/**
 * Runs engine work on behalf of the system inside the current engine transaction (joining it when there is one):
 * e.g. queueing a mail while a leader completes a task, which the leader has no permission of their own for.
 */
@Component
public class EngineAccess {

  private final ProcessEngineConfigurationImpl configuration;

  EngineAccess(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  public <T> T asSystem(Callable<T> work) {
    return configuration.getCommandExecutorTxRequired()
        .execute(commandContext -> commandContext.runWithoutAuthorization(work));
  }

  public void asSystem(Runnable work) {
    asSystem(() -> {
      work.run();
      return null;
    });
  }

  /**
   * Whether the entity was created in the current engine command and is not yet in the database: nothing stored
   * (a grant, say) can name it yet.
   */
  public static boolean isNewInThisCommand(DbEntity entity) {
    return entity != null && Context.getCommandContext() != null
        && Context.getCommandContext().getDbEntityManager().getDbEntityCache().isTransient(entity);
  }
}
