package vn.cascade.assignment.process;

import static vn.cascade.assignment.AssignmentProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.SubDispatches;
import vn.cascade.common.EngineClock;
import vn.cascade.common.FormValues;
import vn.cascade.common.JsonVariables;
import vn.cascade.dispatch.DispatchService;
import vn.cascade.dispatch.FormItems;

/** Complete listener of "draft sub-dispatch" ({@code ${draftSubDispatch}}). */
@Component("draftSubDispatch")
class DraftSubDispatchListener implements TaskListener {

  private final SubDispatches subDispatches;
  private final EngineClock clock;

  DraftSubDispatchListener(SubDispatches subDispatches, EngineClock clock) {
    this.subDispatches = subDispatches;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    var items = FormItems.read(task, "subItem", 8, SUB_ITEMS);
    var dispatch = subDispatches.saveDraft(task.getProcessInstanceId(),
        new DispatchService.Draft(
            FormValues.text(task.getVariable(SUB_DISPATCH_SUMMARY), SUB_DISPATCH_SUMMARY, "Trích yếu"),
            FormValues.text(task.getVariable(SUB_DISPATCH_SYMBOL), SUB_DISPATCH_SYMBOL, "Ký hiệu"),
            items),
        clock.today());
    task.setVariable(SUB_DISPATCH_ID, dispatch.getId());
    task.setVariable(SUB_ITEMS, JsonVariables.json(items));
  }
}
