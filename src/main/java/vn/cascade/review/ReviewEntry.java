package vn.cascade.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One approve / return decision on a draft or a result; the full history of returns is kept. */
@Entity
@Table(name = "review_entry")
public class ReviewEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  private String subject;

  private String step;

  private String decision;

  @Column(name = "comment_text")
  private String comment;

  private String actor;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected ReviewEntry() {}

  ReviewEntry(String processInstanceId, String subject, String step, String decision, String comment, String actor,
      Instant decidedAt) {
    this.processInstanceId = processInstanceId;
    this.subject = subject;
    this.step = step;
    this.decision = decision;
    this.comment = comment;
    this.actor = actor;
    this.decidedAt = decidedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getSubject() {
    return subject;
  }

  public String getStep() {
    return step;
  }

  public String getDecision() {
    return decision;
  }

  public String getComment() {
    return comment;
  }

  public String getActor() {
    return actor;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
