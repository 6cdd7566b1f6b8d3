package vn.cascade.assignment;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.common.TransactionScoped;
import vn.cascade.organisation.Groups;
import vn.cascade.organisation.OrganisationService;

/**
 * What decides an assignment's routing, read from Cascade's own record of it ({@code assignment}, found by the
 * process instance), never from a process variable: the unit whose staff and leaders get its tasks, and its due
 * date, and (for extensions and the report upward) its dispatch, parent and assigner. The model asks it as {@code ${assignmentRecord.leaders(execution)}}, {@code ${assignmentRecord.staff(
 * execution)}} and {@code ${assignmentRecord.dueDate(execution)}}; the variables {@code unitCode} and {@code dueDate}
 * stay as read-only copies for forms and Tasklist's filters, and a changed copy changes nothing. A restructuring
 * moves the record (its unit), an extension moves its due date; the next task follows.
 */
@Component("assignmentRecord")
public class AssignmentRecord {

  /** The record's facts that routing needs. */
  public record Facts(String unitCode, LocalDate dueDate) {}

  /**
   * Where the assignment hangs: its dispatch, the assignment of the unit that dispatched it down (null for the
   * province's own dispatch) and the unit that follows it up for the assigning level (the dispatch's advisory unit,
   * or its successor after a restructuring).
   */
  public record Links(long dispatchId, Long parentAssignmentId, String assignerUnit) {}

  private final JdbcTemplate jdbc;
  private final Groups groups;
  private final WorkingDayCalendar calendar;
  private final OrganisationService organisation;

  AssignmentRecord(JdbcTemplate jdbc, Groups groups, WorkingDayCalendar calendar, OrganisationService organisation) {
    this.jdbc = jdbc;
    this.groups = groups;
    this.calendar = calendar;
    this.organisation = organisation;
  }

  /** The leaders of the assigning level's unit, who decide an extension with the provincial leaders. */
  public String assignerLeaders(DelegateExecution execution) {
    return groups.leaders(links(execution.getProcessInstanceId()).assignerUnit());
  }

  /** The dispatch, parent and assigner of the instance's assignment, from the assignment and dispatch rows. */
  public Links links(String processInstanceId) {
    List<Links> rows = jdbc.query("select a.dispatch_id, d.parent_assignment_id, d.advisory_unit_code "
        + "from assignment a join dispatch d on d.id = a.dispatch_id where a.process_instance_id = ?",
        (rs, i) -> new Links(rs.getLong(1), rs.getObject(2, Long.class), organisation.current(rs.getString(3))),
        processInstanceId);
    if (rows.isEmpty()) {
      throw new IllegalStateException("No assignment record for process instance " + processInstanceId);
    }
    return rows.get(0);
  }

  public String leaders(DelegateExecution execution) {
    return groups.leaders(of(execution.getProcessInstanceId()).unitCode());
  }

  public String staff(DelegateExecution execution) {
    return groups.staff(of(execution.getProcessInstanceId()).unitCode());
  }

  /** The unit's staff and its leaders (a specialist's task, which the leaders follow): one look-up for both. */
  public List<String> staffAndLeaders(DelegateExecution execution) {
    String unit = of(execution.getProcessInstanceId()).unitCode();
    return List.of(groups.staff(unit), groups.leaders(unit));
  }

  /** The end of the record's due day (province time), as the tasks' due date. */
  public Date dueDate(DelegateExecution execution) {
    return Date.from(calendar.endOfDay(of(execution.getProcessInstanceId()).dueDate()).toInstant());
  }

  /**
   * The record of the instance: what its registration wrote in this transaction (the first task of every unit in a
   * fan-out needs no query), else the row.
   */
  public Facts of(String processInstanceId) {
    Known known = TransactionScoped.find(Known.class);
    if (known != null && known.facts.containsKey(processInstanceId)) {
      return known.facts.get(processInstanceId);
    }
    List<Facts> rows = jdbc.query("select unit_code, due_date from assignment where process_instance_id = ?",
        (rs, i) -> new Facts(rs.getString(1), rs.getObject(2, LocalDate.class)), processInstanceId);
    if (rows.isEmpty()) {
      throw new IllegalStateException("No assignment record for process instance " + processInstanceId);
    }
    return rows.get(0);
  }

  /** Remembers, for the rest of the transaction, the record just written for the instance. */
  void remember(String processInstanceId, Facts facts) {
    Known known = TransactionScoped.current(Known.class, Known::new);
    if (known != null) {
      known.facts.put(processInstanceId, facts);
    }
  }

  private static final class Known implements TransactionSynchronization {
    final Map<String, Facts> facts = new HashMap<>();
  }
}
