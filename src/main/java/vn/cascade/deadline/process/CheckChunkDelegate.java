package vn.cascade.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.deadline.DeadlineCheckProcess;
import vn.cascade.deadline.MorningCheck;

/**
 * The multi-instance step of {@code deadline-check} ({@code ${checkDeadlineChunk}}): one chunk of the register, in
 * its own job; what it did is kept as local variables of its instance (Cockpit's history).
 */
@Component("checkDeadlineChunk")
class CheckChunkDelegate implements JavaDelegate {

  private final MorningCheck check;

  CheckChunkDelegate(MorningCheck check) {
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MorningCheck.Result result = check.check(DeadlineCheckProcess.CHUNK.require(execution),
        DeadlineCheckProcess.MORNING.require(execution));
    execution.setVariableLocal(DeadlineCheckProcess.CHECKED.name(), result.checked());
    execution.setVariableLocal(DeadlineCheckProcess.QUEUED.name(), result.queued());
  }
}
