package vn.cascade.assignment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cascade.common.EngineClock;
import vn.cascade.common.InvalidInputException;
import vn.cascade.common.RowInsert;
import vn.cascade.dispatch.DispatchService;
import vn.cascade.dispatch.DispatchService.UnitItem;
import vn.cascade.organisation.Groups;
import vn.cascade.organisation.OrganisationService;

/** A unit's work on its part of a dispatch, from receipt to the approved result. */
@Service
public class AssignmentService {

  private final AssignmentRepository assignments;
  private final DispatchService dispatches;
  private final OrganisationService organisation;
  private final Groups groups;
  private final EngineClock clock;
  private final RowInsert newRows;
  private final AssignmentRecord record;

  AssignmentService(AssignmentRepository assignments, DispatchService dispatches, OrganisationService organisation,
      Groups groups, EngineClock clock, JdbcTemplate jdbc, AssignmentRecord record) {
    this.assignments = assignments;
    this.record = record;
    this.dispatches = dispatches;
    this.organisation = organisation;
    this.groups = groups;
    this.clock = clock;
    this.newRows = new RowInsert(jdbc, "assignment", "dispatch_id", "unit_code", "due_date", "state",
        "process_instance_id", "created_at");
  }

  /** What the unit's leader sees on receipt. */
  public record Received(Assignment assignment, DispatchService.Heading dispatch, List<UnitItem> items) {}

  /**
   * Creates the unit's assignment (due on the latest of its items). Called as the instance starts, in the
   * transaction that starts it (a retried batch starts it afresh); the unique key on the process instance refuses a
   * second row for one instance. The dispatch's heading and items come from the addressing its fan-out keeps, so
   * thousands of units do not read the dispatch thousands of times.
   */
  @Transactional
  public Received register(Long dispatchId, String unitCode, String processInstanceId) {
    List<UnitItem> items = dispatches.itemsFor(dispatchId, unitCode);
    if (items.isEmpty()) {
      throw new IllegalStateException("Unit " + unitCode + " has no item in dispatch " + dispatchId);
    }
    LocalDate due = items.stream().map(UnitItem::dueDate).max(Comparator.naturalOrder()).orElseThrow();
    Assignment assignment = new Assignment(dispatchId, unitCode, due, processInstanceId, clock.now());
    // written with JDBC (one per unit of a fan-out): later reads and changes go through JPA as usual
    assignment.written(newRows.insert(assignment.newRow()));
    record.remember(processInstanceId, new AssignmentRecord.Facts(unitCode, due));
    return new Received(assignment, dispatches.heading(dispatchId), items);
  }

  @Transactional
  public void assignSpecialist(String processInstanceId, String specialist) {
    Assignment assignment = require(processInstanceId);
    String unitCode = assignment.getUnitCode();
    if (specialist == null || specialist.isBlank()) {
      throw new InvalidInputException("specialist", "Chưa chọn chuyên viên thực hiện.");
    }
    if (!organisation.isMember(specialist, groups.staff(unitCode))) {
      throw new InvalidInputException("specialist", "'" + specialist + "' không phải chuyên viên của đơn vị.");
    }
    assignment.assign(specialist);
  }

  /** The leader dispatches the task further down instead of working it in the unit. */
  @Transactional
  public void redispatch(String processInstanceId) {
    Assignment assignment = require(processInstanceId);
    if (!organisation.hasRecipientBelow(assignment.getUnitCode())) {
      throw new InvalidInputException("handling", "Đơn vị không có đơn vị cấp dưới để giao tiếp nhiệm vụ.");
    }
    assignment.assign(null);
  }

  @Transactional
  public void submitResult(String processInstanceId, String resultText) {
    if (resultText == null || resultText.trim().length() < 10) {
      throw new InvalidInputException("resultText", "Kết quả thực hiện cần ít nhất 10 ký tự.");
    }
    if (resultText.length() > 20000) {
      throw new InvalidInputException("resultText", "Kết quả thực hiện dài quá 20000 ký tự.");
    }
    require(processInstanceId).submitResult(resultText.trim());
  }

  @Transactional
  public void returnForRevision(String processInstanceId) {
    require(processInstanceId).returnForRevision();
  }

  /** Records completion now; returns whether it was on time (completed on or before the due day). */
  @Transactional
  public boolean complete(String processInstanceId) {
    Assignment assignment = require(processInstanceId);
    if (assignment.getState() != AssignmentState.COMPLETED) {
      assignment.complete(clock.now(), clock.today());
    }
    return assignment.getOnTime();
  }

  public Timeliness timeliness(Assignment a) {
    LocalDate completedOn = a.getCompletedAt() == null ? null
        : vn.cascade.calendar.WorkingDayCalendar.dateOf(a.getCompletedAt());
    return Timeliness.of(a.getDueDate(), completedOn, clock.today());
  }

  public Assignment require(String processInstanceId) {
    return assignments.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No assignment for process instance " + processInstanceId));
  }

}
