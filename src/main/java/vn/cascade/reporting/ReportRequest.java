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

/**
 * A request for reports to the Department of Finance: a coordinator's letter (e.g. 2137/STC-QLN of 17/9/2025) or one
 * period of a periodic regime; its deadlines per level, and the consolidated report assembled from the unit reports,
 * numbered once the provincial leader approves it.
 */
@Entity
@Table(name = "report_request")
public class ReportRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "regime_id")
  private Long regimeId;

  @Column(name = "period_code")
  private String periodCode;

  @Column(name = "period_label")
  private String periodLabel;

  @Column(name = "cutoff_start")
  private LocalDate cutoffStart;

  @Column(name = "cutoff_end")
  private LocalDate cutoffEnd;

  @Column(name = "request_number")
  private String requestNumber;

  @Column(name = "request_year")
  private int requestYear;

  @Column(name = "requested_on")
  private LocalDate requestedOn;

  private String subject;

  private String directives;

  private String outline;

  @Column(name = "upward_recipients")
  private String upwardRecipients;

  @Column(name = "unit_deadline")
  private LocalDate unitDeadline;

  @Column(name = "collection_closes")
  private LocalDate collectionCloses;

  @Column(name = "finance_deadline")
  private LocalDate financeDeadline;

  @Column(name = "send_deadline")
  private LocalDate sendDeadline;

  @Enumerated(EnumType.STRING)
  private ReportRequestStatus status;

  @Column(name = "cons_planning")
  private String consPlanning;

  @Column(name = "cons_achieved")
  private String consAchieved;

  @Column(name = "cons_difficulties")
  private String consDifficulties;

  @Column(name = "cons_proposals")
  private String consProposals;

  @Column(name = "cons_figures")
  private String consFigures;

  @Column(name = "missing_units")
  private String missingUnits;

  @Column(name = "report_year")
  private Integer reportYear;

  @Column(name = "report_number")
  private Integer reportNumber;

  @Column(name = "report_number_symbol")
  private String reportNumberSymbol;

  @Column(name = "report_issued_on")
  private LocalDate reportIssuedOn;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected ReportRequest() {}

  ReportRequest(String requestNumber, LocalDate requestedOn, String subject, String directives, String outline,
      String upwardRecipients, ReportDeadlines deadlines, String processInstanceId, String requestedBy,
      Instant createdAt) {
    this.requestNumber = requestNumber;
    this.requestYear = requestedOn.getYear();
    this.requestedOn = requestedOn;
    this.subject = subject;
    this.directives = directives;
    this.outline = outline;
    this.upwardRecipients = upwardRecipients;
    this.unitDeadline = deadlines.unitDeadline();
    this.collectionCloses = deadlines.collectionCloses();
    this.financeDeadline = deadlines.financeDeadline();
    this.sendDeadline = deadlines.sendDeadline();
    this.status = ReportRequestStatus.COLLECTING;
    this.processInstanceId = processInstanceId;
    this.requestedBy = requestedBy;
    this.createdAt = createdAt;
  }

  void forPeriod(Long regimeId, ReportingPeriod period) {
    this.regimeId = regimeId;
    this.periodCode = period.code();
    this.periodLabel = period.label();
    this.cutoffStart = period.cutoffStart();
    this.cutoffEnd = period.cutoffEnd();
  }

  void consolidate(ConsolidatedDraft draft, String missing) {
    this.consPlanning = draft.planning();
    this.consAchieved = draft.achieved();
    this.consDifficulties = draft.difficulties();
    this.consProposals = draft.proposals();
    this.consFigures = draft.figuresJson();
    this.missingUnits = missing;
    this.status = ReportRequestStatus.CONSOLIDATING;
  }

  void edit(ConsolidatedDraft draft) {
    this.consPlanning = draft.planning();
    this.consAchieved = draft.achieved();
    this.consDifficulties = draft.difficulties();
    this.consProposals = draft.proposals();
    this.status = ReportRequestStatus.IN_APPROVAL;
  }

  void returnToFinance() {
    this.status = ReportRequestStatus.CONSOLIDATING;
  }

  void issue(int year, int number, String numberSymbol, LocalDate issuedOn, String approvedBy, Instant sentAt) {
    this.reportYear = year;
    this.reportNumber = number;
    this.reportNumberSymbol = numberSymbol;
    this.reportIssuedOn = issuedOn;
    this.approvedBy = approvedBy;
    this.sentAt = sentAt;
    this.status = ReportRequestStatus.SENT;
  }

  public ConsolidatedDraft draft() {
    return new ConsolidatedDraft(consPlanning, consAchieved, consDifficulties, consProposals, consFigures);
  }

  public Long getId() {
    return id;
  }

  public Long getRegimeId() {
    return regimeId;
  }

  public String getPeriodCode() {
    return periodCode;
  }

  public String getPeriodLabel() {
    return periodLabel;
  }

  public LocalDate getCutoffStart() {
    return cutoffStart;
  }

  public LocalDate getCutoffEnd() {
    return cutoffEnd;
  }

  public String getRequestNumber() {
    return requestNumber;
  }

  public LocalDate getRequestedOn() {
    return requestedOn;
  }

  public String getSubject() {
    return subject;
  }

  public String getDirectives() {
    return directives;
  }

  public String getOutline() {
    return outline;
  }

  public String getUpwardRecipients() {
    return upwardRecipients;
  }

  public LocalDate getUnitDeadline() {
    return unitDeadline;
  }

  public LocalDate getCollectionCloses() {
    return collectionCloses;
  }

  public LocalDate getFinanceDeadline() {
    return financeDeadline;
  }

  public LocalDate getSendDeadline() {
    return sendDeadline;
  }

  public ReportRequestStatus getStatus() {
    return status;
  }

  public String getMissingUnits() {
    return missingUnits;
  }

  public String getReportNumberSymbol() {
    return reportNumberSymbol;
  }

  public LocalDate getReportIssuedOn() {
    return reportIssuedOn;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getRequestedBy() {
    return requestedBy;
  }
}
