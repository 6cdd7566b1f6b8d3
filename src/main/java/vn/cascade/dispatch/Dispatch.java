package vn.cascade.dispatch;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cascade.document.DocumentType;

/**
 * An outgoing dispatch (văn bản giao nhiệm vụ, usually a công văn, or e.g. a kế hoạch): its type, summary, task
 * items, and once issued its number and symbol.
 */
@Entity
@Table(name = "dispatch")
public class Dispatch {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incoming_id")
  private Long incomingId;

  @Column(name = "parent_assignment_id")
  private Long parentAssignmentId;

  @Column(name = "issuer_code")
  private String issuerCode;

  @Column(name = "advisory_unit_code")
  private String advisoryUnitCode;

  private String summary;

  /** A {@link DocumentType} code; a công văn unless the drafter chose another type. */
  @Column(name = "doc_type")
  private String docType = DocumentType.CONG_VAN.name();

  @Column(name = "drafting_symbol")
  private String draftingSymbol;

  @Column(name = "issue_year")
  private Integer issueYear;

  @Column(name = "doc_number")
  private Integer docNumber;

  @Column(name = "number_symbol")
  private String numberSymbol;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Enumerated(EnumType.STRING)
  private DispatchStatus status;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_at")
  private Instant createdAt;

  @OneToMany(mappedBy = "dispatch", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("itemNo")
  private List<DispatchItem> items = new ArrayList<>();

  protected Dispatch() {}

  Dispatch(Long incomingId, String issuerCode, String advisoryUnitCode, String processInstanceId) {
    this.incomingId = incomingId;
    this.issuerCode = issuerCode;
    this.advisoryUnitCode = advisoryUnitCode;
    this.processInstanceId = processInstanceId;
    this.status = DispatchStatus.DRAFT;
    this.createdAt = Instant.now();
  }

  /** A dispatch issued by a unit to the units below it, as part of its own assignment. */
  void belongsTo(Long parentAssignmentId) {
    this.parentAssignmentId = parentAssignmentId;
  }

  void redraft(DocumentType type, String summary, String draftingSymbol, List<DispatchItem> newItems) {
    this.docType = type.name();
    this.summary = summary;
    this.draftingSymbol = draftingSymbol;
    this.items.clear();
    for (DispatchItem item : newItems) {
      item.attachTo(this);
      this.items.add(item);
    }
  }

  void issue(int year, int number, String numberSymbol, LocalDate issuedOn) {
    this.issueYear = year;
    this.docNumber = number;
    this.numberSymbol = numberSymbol;
    this.issuedOn = issuedOn;
    this.status = DispatchStatus.ISSUED;
  }

  public Long getId() {
    return id;
  }

  public Long getIncomingId() {
    return incomingId;
  }

  public Long getParentAssignmentId() {
    return parentAssignmentId;
  }

  public String getIssuerCode() {
    return issuerCode;
  }

  public String getAdvisoryUnitCode() {
    return advisoryUnitCode;
  }

  public String getSummary() {
    return summary;
  }

  /** The document type (Decree 30/2020, Appendix III). */
  public DocumentType type() {
    return DocumentType.byCode(docType).orElseThrow();
  }

  public String getDraftingSymbol() {
    return draftingSymbol;
  }

  public Integer getIssueYear() {
    return issueYear;
  }

  public Integer getDocNumber() {
    return docNumber;
  }

  public String getNumberSymbol() {
    return numberSymbol;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public DispatchStatus getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public List<DispatchItem> getItems() {
    return items;
  }
}
