package vn.cascade.restructuring;

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
import java.util.Arrays;
import java.util.List;

/** A planned or applied change of the organisation, with its effective date. */
@Entity
@Table(name = "restructuring")
public class Restructuring {

  public enum Status { SCHEDULED, APPLIED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private RestructuringKind kind;

  @Column(name = "source_codes")
  private String sourceCodes;

  @Column(name = "target_code")
  private String targetCode;

  /** JSON of the new unit to create (MERGE into a new unit). */
  @Column(name = "new_unit")
  private String newUnit;

  @Column(name = "new_name")
  private String newName;

  /** JSON map: assignment id → unit code (ABOLISH: where each open assignment goes). */
  private String routing;

  @Column(name = "move_staff")
  private boolean moveStaff;

  @Column(name = "effective_date")
  private LocalDate effectiveDate;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "requested_at")
  private Instant requestedAt;

  @Column(name = "applied_at")
  private Instant appliedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  protected Restructuring() {}

  Restructuring(RestructuringKind kind, List<String> sources, String targetCode, String newUnit, String newName,
      String routing, boolean moveStaff, LocalDate effectiveDate, String requestedBy, Instant requestedAt) {
    this.kind = kind;
    this.sourceCodes = String.join(",", sources);
    this.targetCode = targetCode;
    this.newUnit = newUnit;
    this.newName = newName;
    this.routing = routing;
    this.moveStaff = moveStaff;
    this.effectiveDate = effectiveDate;
    this.status = Status.SCHEDULED;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  void applied(Instant at) {
    this.status = Status.APPLIED;
    this.appliedAt = at;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public RestructuringKind getKind() {
    return kind;
  }

  public List<String> getSources() {
    return Arrays.asList(sourceCodes.split(","));
  }

  public String getTargetCode() {
    return targetCode;
  }

  public String getNewUnit() {
    return newUnit;
  }

  public String getNewName() {
    return newName;
  }

  public String getRouting() {
    return routing;
  }

  public boolean isMoveStaff() {
    return moveStaff;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public Status getStatus() {
    return status;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getAppliedAt() {
    return appliedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
