package vn.cascade.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One unit's task from a dispatch: its due date, who works it, its result and its timeliness. */
@Entity
@Table(name = "assignment")
public class Assignment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dispatch_id")
  private Long dispatchId;

  @Column(name = "unit_code")
  private String unitCode;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  private AssignmentState state;

  private String specialist;

  @Column(name = "result_text")
  private String resultText;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "on_time")
  private Boolean onTime;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_at")
  private Instant createdAt;

  /** The unit that held it before a restructuring moved it here (Resolution 190/2025/QH15). */
  @Column(name = "transferred_from")
  private String transferredFrom;

  protected Assignment() {}

  Assignment(Long dispatchId, String unitCode, LocalDate dueDate, String processInstanceId, Instant createdAt) {
    this.dispatchId = dispatchId;
    this.unitCode = unitCode;
    this.dueDate = dueDate;
    this.processInstanceId = processInstanceId;
    this.state = AssignmentState.RECEIVED;
    this.createdAt = createdAt;
  }

  void assign(String specialist) {
    this.specialist = specialist;
    this.state = AssignmentState.IN_PROGRESS;
  }

  void submitResult(String resultText) {
    this.resultText = resultText;
    this.state = AssignmentState.IN_REVIEW;
  }

  /** A restructuring moves the open assignment to the successor unit; its number, dates and history stay. */
  public void transferTo(String successor) {
    if (!successor.equals(unitCode)) {
      this.transferredFrom = unitCode;
      this.unitCode = successor;
    }
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getTransferredFrom() {
    return transferredFrom;
  }

  /** An approved extension (gia hạn): the new due date. */
  public void extendTo(LocalDate newDueDate) {
    this.dueDate = newDueDate;
  }

  void returnForRevision() {
    this.state = AssignmentState.IN_PROGRESS;
  }

  void complete(Instant at, LocalDate completedOn) {
    this.completedAt = at;
    this.onTime = !completedOn.isAfter(dueDate);
    this.state = AssignmentState.COMPLETED;
  }

  public Long getId() {
    return id;
  }

  /** The row as {@link AssignmentService#register} wrote it (with JDBC): this object, with the id it was given. */
  Assignment written(Long id) {
    this.id = id;
    return this;
  }

  /** The columns of a new row (instants as UTC, as Hibernate writes them). */
  java.util.Map<String, Object> newRow() {
    java.util.Map<String, Object> row = new java.util.HashMap<>();
    row.put("dispatch_id", dispatchId);
    row.put("unit_code", unitCode);
    row.put("due_date", dueDate);
    row.put("state", state.name());
    row.put("process_instance_id", processInstanceId);
    row.put("created_at", java.time.LocalDateTime.ofInstant(createdAt, java.time.ZoneOffset.UTC));
    return row;
  }

  public Long getDispatchId() {
    return dispatchId;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public AssignmentState getState() {
    return state;
  }

  public String getSpecialist() {
    return specialist;
  }

  public String getResultText() {
    return resultText;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public Boolean getOnTime() {
    return onTime;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
