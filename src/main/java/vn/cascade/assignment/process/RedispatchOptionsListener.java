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
 * whom (its own subtree only); the leader's choice defaults to doing it within the unit.
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
    String unitCode = (String) process.getVariable(UNIT_CODE);
    boolean can = subDispatches.canRedispatch(unitCode);
    process.setVariable(HANDLING, AssignmentProcess.SELF);
    process.setVariable(CAN_REDISPATCH, can);
    if (can) {
      process.setVariable(SUB_UNIT_OPTIONS, JsonVariables.json(organisation.recipientOptions(unitCode, true)));
    }
  }
}
