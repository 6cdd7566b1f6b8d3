package vn.cascade.deadline.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.common.EngineClock;
import vn.cascade.deadline.DeadlineCheckProcess;
import vn.cascade.deadline.MorningCheck;

/** First step of {@code deadline-check} ({@code ${planMorningCheck}}): the morning's day and its chunks. */
@Component("planMorningCheck")
class PlanMorningCheckDelegate implements JavaDelegate {

  private final MorningCheck check;
  private final EngineClock clock;

  PlanMorningCheckDelegate(MorningCheck check, EngineClock clock) {
    this.check = check;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate morning = clock.today();
    List<String> chunks = new ArrayList<>(check.plan(morning));
    DeadlineCheckProcess.MORNING.set(execution, morning);
    execution.setVariable(DeadlineCheckProcess.CHUNKS, chunks);
    DeadlineCheckProcess.CHECKED_TOTAL.set(execution, 0);
    DeadlineCheckProcess.QUEUED_TOTAL.set(execution, 0);
  }
}
