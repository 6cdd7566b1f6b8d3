package vn.cascade.assignment.process;

import static vn.cascade.assignment.AssignmentProcess.Vars.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.assignment.SubDispatches;
import vn.cascade.common.EngineAccess;
import vn.cascade.common.JsonVariables;
import vn.cascade.organisation.OrganisationService;

/**
 * Create listener of "receive task" ({@code ${redispatchOptions}}): whether the unit can dispatch further and to
 * whom (its own subtree only); the leader's choice defaults to doing it within the unit. Most units (communes) have
 * nobody below them: they get neither variable, and the form hides the choice.
 */
@Component("redispatchOptions")
class RedispatchOptionsListener implements TaskListener {

  private final SubDispatches subDispatches;
  private final OrganisationService organisation;

  RedispatchOptionsListener(SubDispatches subDispatches, OrganisationService organisation) {
    this.subDispatches = subDispatches;
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    VariableScope process = EngineAccess.processScope(task);
    String unitCode = AssignmentProcess.UNIT.from(process);
    boolean can = subDispatches.canRedispatch(unitCode);
    process.setVariable(HANDLING, AssignmentProcess.SELF);
    if (can) {
      process.setVariable(CAN_REDISPATCH, true);
      process.setVariable(SUB_UNIT_OPTIONS, JsonVariables.json(organisation.recipientOptions(unitCode, true)));
    } else if (process.hasVariable(CAN_REDISPATCH)) {
      // the unit had units below it when it last received the task (a restructuring has since taken them away)
      process.removeVariable(CAN_REDISPATCH);
      process.removeVariable(SUB_UNIT_OPTIONS);
    }
  }
}
