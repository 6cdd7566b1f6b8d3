package vn.cascade.assignment.process;

import static vn.cascade.assignment.AssignmentProcess.Vars.PARENT_ASSIGNMENT_ID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.assignment.AssignmentRepository;
import vn.cascade.assignment.SubDispatches;

/**
 * Service task after completion ({@code ${notifyParentAssignment}}), in its own job after the completion committed:
 * when this was the last sub-unit to finish, the parent unit stops waiting. Of several siblings finishing at once,
 * the last commit sees them all; a second message finds no waiting parent and is dropped.
 */
@Component("notifyParentAssignment")
class NotifyParentAssignmentDelegate implements JavaDelegate {

  private final SubDispatches subDispatches;
  private final AssignmentRepository assignments;
  private final RuntimeService runtimeService;

  NotifyParentAssignmentDelegate(SubDispatches subDispatches, AssignmentRepository assignments,
      RuntimeService runtimeService) {
    this.subDispatches = subDispatches;
    this.assignments = assignments;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object parentId = execution.getVariable(PARENT_ASSIGNMENT_ID);
    if (parentId == null) {
      return;
    }
    Long parent = Long.valueOf(parentId.toString());
    if (subDispatches.allSubAssignmentsCompleted(parent)) {
      assignments.findById(parent).ifPresent(p -> runtimeService
          .createMessageCorrelation(AssignmentProcess.Elements.SUB_ASSIGNMENTS_MESSAGE)
          .processInstanceId(p.getProcessInstanceId())
          .correlateAll());
    }
  }
}
