package vn.cascade.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A unit's request for an extension (xin gia hạn) and the assigning level's answer. */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "assignment_id")
  private Long assignmentId;

  @Column(name = "requested_by")
  private String requestedBy;

  private String reason;

  @Column(name = "proposed_date")
  private LocalDate proposedDate;

  @Column(name = "previous_due_date")
  private LocalDate previousDueDate;

  private String decision;

  @Column(name = "granted_date")
  private LocalDate grantedDate;

  @Column(name = "decision_comment")
  private String decisionComment;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "requested_at")
  private Instant requestedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected ExtensionRequest() {}

  ExtensionRequest(Long assignmentId, String requestedBy, String reason, LocalDate proposedDate,
      LocalDate previousDueDate, Instant requestedAt) {
    this.assignmentId = assignmentId;
    this.requestedBy = requestedBy;
    this.reason = reason;
    this.proposedDate = proposedDate;
    this.previousDueDate = previousDueDate;
    this.requestedAt = requestedAt;
  }

  void decide(String decision, LocalDate grantedDate, String comment, String decidedBy, Instant at) {
    this.decision = decision;
    this.grantedDate = grantedDate;
    this.decisionComment = comment;
    this.decidedBy = decidedBy;
    this.decidedAt = at;
  }

  public boolean isPending() {
    return decision == null;
  }

  public Long getId() {
    return id;
  }

  public Long getAssignmentId() {
    return assignmentId;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getProposedDate() {
    return proposedDate;
  }

  public LocalDate getPreviousDueDate() {
    return previousDueDate;
  }

  public String getDecision() {
    return decision;
  }

  public LocalDate getGrantedDate() {
    return grantedDate;
  }

  public String getDecisionComment() {
    return decisionComment;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
