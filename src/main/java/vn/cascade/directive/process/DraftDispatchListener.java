package vn.cascade.directive.process;

import static vn.cascade.directive.DirectiveProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.cascade.common.CascadeProperties;
import vn.cascade.common.Dates;
import vn.cascade.common.EngineClock;
import vn.cascade.common.FormValues;
import vn.cascade.common.JsonVariables;
import vn.cascade.dispatch.Dispatch;
import vn.cascade.dispatch.DispatchService;
import vn.cascade.dispatch.FormItems;
import java.util.List;
import java.util.Map;

/** Complete listener of "draft dispatch" ({@code ${draftDispatch}}): checks and stores the draft and its items. */
@Component("draftDispatch")
class DraftDispatchListener implements TaskListener {

  /** Numbered item slots of the form {@code directive-draft}. */
  static final int SLOTS = 12;

  private final DispatchService dispatches;
  private final CascadeProperties properties;
  private final EngineClock clock;

  DraftDispatchListener(DispatchService dispatches, CascadeProperties properties, EngineClock clock) {
    this.dispatches = dispatches;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Object incomingId = task.getVariable(INCOMING_ID);
    List<Map<String, Object>> items = FormItems.read(task, "item", SLOTS, ITEMS);
    Dispatch dispatch = dispatches.saveDraft(task.getProcessInstanceId(),
        FormValues.id(incomingId, INCOMING_ID),
        properties.provinceUnit(),
        FormValues.text(task.getVariable(ADVISORY_UNIT), ADVISORY_UNIT, "Cơ quan tham mưu"),
        new DispatchService.Draft(FormValues.text(task.getVariable(DISPATCH_TYPE), DISPATCH_TYPE, "Loại văn bản"),
            FormValues.text(task.getVariable(DISPATCH_SUMMARY), DISPATCH_SUMMARY, "Trích yếu"),
            FormValues.text(task.getVariable(DISPATCH_SYMBOL), DISPATCH_SYMBOL, "Ký hiệu"),
            items),
        clock.today(),
        Dates.parse(task.getVariable(CENTRAL_DEADLINE), CENTRAL_DEADLINE, "Thời hạn"));
    task.setVariable(DISPATCH_ID, dispatch.getId());
    task.setVariable(ITEMS, JsonVariables.json(items)); // shown as a table to the leaders who review it
  }
}
