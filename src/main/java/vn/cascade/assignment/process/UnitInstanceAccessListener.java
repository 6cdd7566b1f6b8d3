package vn.cascade.assignment.process;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;
import vn.cascade.common.EngineAccess;
import vn.cascade.organisation.Groups;
import vn.cascade.security.AccessPolicy;
import vn.cascade.assignment.AssignmentProcess;

/**
 * Start listener of "work on task" ({@code ${unitInstanceAccess}}): the unit's staff and leaders may read this
 * process instance (and only theirs), so Tasklist shows its variables in the filters' columns.
 */
@Component("unitInstanceAccess")
class UnitInstanceAccessListener implements ExecutionListener {

  private final AccessPolicy access;
  private final Groups groups;

  UnitInstanceAccessListener(AccessPolicy access, Groups groups) {
    this.access = access;
    this.groups = groups;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String unit = AssignmentProcess.UNIT.from(execution);
    Context.getCommandContext().runWithoutAuthorization(() -> {
      String[] unitGroups = {groups.staff(unit), groups.leaders(unit)};
      if (EngineAccess.isNewInThisCommand(((ExecutionEntity) execution).getProcessInstance())) {
        // the usual case: the instance is being started in this command, so no grant can name it yet
        access.grantNewInstance(execution.getProcessInstanceId(), unitGroups);
      } else {
        // the step started again later (a Cockpit modification): the grants may exist
        access.grantInstance(execution.getProcessInstanceId(), unitGroups);
      }
      return null;
    });
  }
}
