package vn.cascade.common;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
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

  /**
   * Where a task's create listener reads and writes process variables: the task's execution. A task being created
   * has no variables of its own, but asking the task for one makes the engine query them (once per task, in every
   * unit of a fan-out); the execution answers from what it holds. A task without an execution answers itself.
   */
  public static VariableScope processScope(DelegateTask task) {
    return task.getExecution() != null ? task.getExecution() : task;
  }
}
