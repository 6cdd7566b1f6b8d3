package vn.cascade.reporting;

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

/** One unit's report for a request: its stage, due day and the version now current (every version is kept). */
@Entity
@Table(name = "unit_report")
public class UnitReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "request_id")
  private Long requestId;

  @Column(name = "unit_code")
  private String unitCode;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  private UnitReportStage stage;

  @Column(name = "current_version")
  private int currentVersion;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_at")
  private Instant createdAt;

  protected UnitReport() {}

  UnitReport(Long requestId, String unitCode, LocalDate dueDate, Instant createdAt) {
    this.requestId = requestId;
    this.unitCode = unitCode;
    this.dueDate = dueDate;
    this.stage = UnitReportStage.NOT_STARTED;
    this.createdAt = createdAt;
  }

  void open(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  int nextVersion() {
    this.currentVersion++;
    this.stage = UnitReportStage.DRAFTING;
    return currentVersion;
  }

  void returnedByLeader() {
    this.stage = UnitReportStage.DRAFTING;
  }

  void submit(Instant at) {
    this.stage = UnitReportStage.SUBMITTED;
    this.submittedAt = at;
  }

  void accept(Instant at) {
    this.stage = UnitReportStage.ACCEPTED;
    this.acceptedAt = at;
  }

  void returnByFinance() {
    this.stage = UnitReportStage.RETURNED;
  }

  /** A restructuring hands the open report to the successor unit. */
  void transferTo(String successor) {
    this.unitCode = successor;
  }

  void missing() {
    this.stage = UnitReportStage.MISSING;
  }

  public Long getId() {
    return id;
  }

  public Long getRequestId() {
    return requestId;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public UnitReportStage getStage() {
    return stage;
  }

  public int getCurrentVersion() {
    return currentVersion;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
