package vn.cascade.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cascade.common.Dates;
import vn.cascade.dispatch.Dispatch;
import vn.cascade.dispatch.DispatchRepository;
import vn.cascade.dispatch.DispatchService;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.organisation.Unit;

/**
 * The cascade: a unit re-dispatches its task as its own numbered document to the units below it (any depth). The
 * sub-dispatch is drafted within the unit's subtree and no later than the unit's own due date; the unit waits for
 * the sub-assignments (or its own due date) and consolidates their results before reporting up.
 */
@Service
public class SubDispatches {

  private final DispatchService dispatches;
  private final DispatchRepository dispatchRepository;
  private final AssignmentRepository assignments;
  private final AssignmentService assignmentService;
  private final OrganisationService organisation;

  SubDispatches(DispatchService dispatches, DispatchRepository dispatchRepository, AssignmentRepository assignments,
      AssignmentService assignmentService, OrganisationService organisation) {
    this.dispatches = dispatches;
    this.dispatchRepository = dispatchRepository;
    this.assignments = assignments;
    this.assignmentService = assignmentService;
    this.organisation = organisation;
  }

  /** Whether the unit has units below it to dispatch to. */
  public boolean canRedispatch(String unitCode) {
    return organisation.hasRecipientBelow(unitCode);
  }

  /** Stores the unit's draft; the unit's subtree and its own due date bound it. */
  @Transactional
  public Dispatch saveDraft(String processInstanceId, DispatchService.Draft draft, LocalDate today) {
    Assignment assignment = assignmentService.require(processInstanceId);
    Dispatch parent = dispatches.require(assignment.getDispatchId());
    Dispatch sub = dispatches.saveDraft(processInstanceId, parent.getIncomingId(), assignment.getUnitCode(),
        assignment.getUnitCode(), draft, today, assignment.getDueDate());
    dispatches.attachToAssignment(sub.getId(), assignment.getId());
    return sub;
  }

  public List<Assignment> subAssignmentsOf(Long assignmentId) {
    return dispatchRepository.findByParentAssignmentId(assignmentId)
        .map(d -> assignments.findByDispatchIdOrderByUnitCode(d.getId())).orElse(List.of());
  }

  /** True when the unit's sub-dispatch went out and every unit it reached has completed. */
  @Transactional(readOnly = true)
  public boolean allSubAssignmentsCompleted(Long assignmentId) {
    return dispatchRepository.findByParentAssignmentId(assignmentId).map(d -> allCompleted(d.getId())).orElse(false);
  }

  /**
   * True when every unit the dispatch reached has its assignment and all of them are completed: two counts, so the
   * check after each of thousands of completions stays cheap.
   */
  @Transactional(readOnly = true)
  public boolean allCompleted(Long dispatchId) {
    long started = assignments.countByDispatchId(dispatchId);
    return started >= dispatches.recipients(dispatchId).size()
        && assignments.countByDispatchIdAndState(dispatchId, AssignmentState.COMPLETED) == started;
  }

  /** The sub-units' results side by side for the consolidating leader, the missing ones included. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> results(Long assignmentId) {
    Optional<Dispatch> sub = dispatchRepository.findByParentAssignmentId(assignmentId);
    List<Map<String, Object>> rows = new ArrayList<>();
    if (sub.isEmpty()) {
      return rows;
    }
    Map<String, Assignment> byUnit = new LinkedHashMap<>();
    assignments.findByDispatchIdOrderByUnitCode(sub.get().getId()).forEach(a -> byUnit.put(a.getUnitCode(), a));
    for (String unitCode : dispatches.recipients(sub.get().getId())) {
      Unit unit = organisation.require(unitCode, "unitCode");
      Assignment a = byUnit.get(unitCode);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("unitName", unit.getDisplayName());
      row.put("dueDate", a == null ? "" : Dates.vn(a.getDueDate()));
      Timeliness t = a == null ? null : assignmentService.timeliness(a);
      row.put("status", t == null ? "Chưa nhận" : t.label());
      row.put("result", a == null || a.getResultText() == null || a.getState() != AssignmentState.COMPLETED
          ? "(chưa báo cáo)" : a.getResultText());
      rows.add(row);
    }
    return rows;
  }
}
