package vn.cascade.deadline.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.deadline.DeadlineCheckProcess;
import vn.cascade.deadline.MorningCheck;

/**
 * The multi-instance step of {@code deadline-check} ({@code ${checkDeadlineChunk}}): one chunk of the register, in
 * its own job; what it did is kept as local variables of its instance and added to the morning's totals.
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
    var instance = execution.getProcessInstance();
    Integer checked = DeadlineCheckProcess.CHECKED_TOTAL.from(instance);
    Integer queued = DeadlineCheckProcess.QUEUED_TOTAL.from(instance);
    DeadlineCheckProcess.CHECKED_TOTAL.set(instance, (checked == null ? 0 : checked) + result.checked());
    DeadlineCheckProcess.QUEUED_TOTAL.set(instance, (queued == null ? 0 : queued) + result.queued());
  }
}
