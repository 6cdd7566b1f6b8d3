package vn.cascade.directive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An incoming central document (văn bản đến), registered by the provincial office clerk. */
@Entity
@Table(name = "incoming_document")
public class IncomingDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "number_symbol")
  private String numberSymbol;

  @Column(name = "issuer_code")
  private String issuerCode;

  @Column(name = "issue_year")
  private int issueYear;

  @Column(name = "doc_type")
  private String docType;

  private String summary;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "central_deadline")
  private LocalDate centralDeadline;

  @Column(name = "attachment_id")
  private Long attachmentId;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "registered_by")
  private String registeredBy;

  @Column(name = "registered_at")
  private Instant registeredAt;

  protected IncomingDocument() {}

  IncomingDocument(String numberSymbol, String issuerCode, String docType, String summary, LocalDate issuedOn,
      LocalDate centralDeadline, Long attachmentId, String processInstanceId, String registeredBy) {
    this.numberSymbol = numberSymbol;
    this.issuerCode = issuerCode;
    this.issueYear = issuedOn.getYear();
    this.docType = docType;
    this.summary = summary;
    this.issuedOn = issuedOn;
    this.centralDeadline = centralDeadline;
    this.attachmentId = attachmentId;
    this.processInstanceId = processInstanceId;
    this.registeredBy = registeredBy;
    this.registeredAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getNumberSymbol() {
    return numberSymbol;
  }

  public String getIssuerCode() {
    return issuerCode;
  }

  public int getIssueYear() {
    return issueYear;
  }

  public String getDocType() {
    return docType;
  }

  /** The document's type (Decree 30/2020, Appendix III). */
  public vn.cascade.document.DocumentType type() {
    return vn.cascade.document.DocumentType.byCode(docType).orElseThrow();
  }

  public String getSummary() {
    return summary;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public LocalDate getCentralDeadline() {
    return centralDeadline;
  }

  public Long getAttachmentId() {
    return attachmentId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }
}
