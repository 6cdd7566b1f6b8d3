package vn.cascade.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a unit report as the specialist drafted it, and once the leader signs it, its number. */
@Entity
@Table(name = "unit_report_version")
public class UnitReportVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "unit_report_id")
  private Long unitReportId;

  @Column(name = "version_no")
  private int versionNo;

  private String planning;

  private String achieved;

  private String difficulties;

  private String proposals;

  /** JSON rows: {@code indicator}, {@code measure}, {@code value}, {@code note}. */
  private String figures;

  @Column(name = "attachments_note")
  private String attachmentsNote;

  @Column(name = "drafted_by")
  private String draftedBy;

  @Column(name = "drafted_at")
  private Instant draftedAt;

  @Column(name = "signed_by")
  private String signedBy;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "number_symbol")
  private String numberSymbol;

  protected UnitReportVersion() {}

  UnitReportVersion(Long unitReportId, int versionNo, UnitReportContent content, String draftedBy, Instant draftedAt) {
    this.unitReportId = unitReportId;
    this.versionNo = versionNo;
    this.planning = content.planning();
    this.achieved = content.achieved();
    this.difficulties = content.difficulties();
    this.proposals = content.proposals();
    this.figures = content.figuresJson();
    this.attachmentsNote = content.attachmentsNote();
    this.draftedBy = draftedBy;
    this.draftedAt = draftedAt;
  }

  void sign(String leader, Instant at, String numberSymbol) {
    this.signedBy = leader;
    this.signedAt = at;
    this.numberSymbol = numberSymbol;
  }

  public UnitReportContent content() {
    return new UnitReportContent(planning, achieved, difficulties, proposals, figures, attachmentsNote);
  }

  public Long getUnitReportId() {
    return unitReportId;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public String getDraftedBy() {
    return draftedBy;
  }

  public Instant getDraftedAt() {
    return draftedAt;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public String getNumberSymbol() {
    return numberSymbol;
  }
}
