package vn.cascade.assignment.process;


import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.assignment.AssignmentRecord;
import vn.cascade.assignment.AssignmentRepository;
import vn.cascade.assignment.SubDispatches;
import vn.cascade.dispatch.DispatchService;

/**
 * Service task after completion ({@code ${notifyParentAssignment}}), in its own job after the completion committed:
 * when this was the last unit of its dispatch to finish, the parent stops waiting: the re-dispatching unit's
 * assignment, or for a provincial dispatch the directive. Of several units finishing at once, the last commit sees
 * them all; a second message finds nothing waiting and is dropped.
 */
@Component("notifyParentAssignment")
class NotifyParentAssignmentDelegate implements JavaDelegate {

  private final SubDispatches subDispatches;
  private final AssignmentRepository assignments;
  private final DispatchService dispatches;
  private final RuntimeService runtimeService;
  private final AssignmentRecord record;

  NotifyParentAssignmentDelegate(SubDispatches subDispatches, AssignmentRepository assignments,
      DispatchService dispatches, RuntimeService runtimeService, AssignmentRecord record) {
    this.record = record;
    this.subDispatches = subDispatches;
    this.assignments = assignments;
    this.dispatches = dispatches;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AssignmentRecord.Links links = record.links(execution.getProcessInstanceId());
    Long parent = links.parentAssignmentId();
    if (parent == null) {
      long dispatchId = links.dispatchId();
      if (subDispatches.allCompleted(dispatchId)) {
        correlate(AssignmentProcess.Sends.DISPATCH_COMPLETED_MESSAGE,
            dispatches.require(dispatchId).getProcessInstanceId());
      }
      return;
    }
    if (subDispatches.allSubAssignmentsCompleted(parent)) {
      assignments.findById(parent).ifPresent(p ->
          correlate(AssignmentProcess.Elements.SUB_ASSIGNMENTS_MESSAGE, p.getProcessInstanceId()));
    }
  }

  private void correlate(String message, String processInstanceId) {
    runtimeService.createMessageCorrelation(message).processInstanceId(processInstanceId).correlateAll();
  }
}
