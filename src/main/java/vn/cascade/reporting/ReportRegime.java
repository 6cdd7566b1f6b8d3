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
import java.util.Arrays;
import java.util.List;

/**
 * A periodic reporting regime (chế độ báo cáo định kỳ, Decree 09/2019): what is reported, by whom (unit codes or
 * the groups of {@code OrganisationService}), how often, in which outline, and how many working days after the
 * cut-off units send. The schedule opens one request per period, {@code openWorkingDays} working days before the
 * cut-off.
 */
@Entity
@Table(name = "report_regime")
public class ReportRegime {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "period_kind")
  private PeriodKind kind;

  private String subject;

  private String directives;

  @Column(name = "unit_targets")
  private String unitTargets;

  private String outline;

  @Column(name = "unit_working_days")
  private int unitWorkingDays;

  @Column(name = "open_working_days")
  private int openWorkingDays;

  @Column(name = "upward_recipients")
  private String upwardRecipients;

  private boolean active;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected ReportRegime() {}

  ReportRegime(String name, PeriodKind kind, String subject, String directives, List<String> unitTargets,
      String outline, int unitWorkingDays, int openWorkingDays, String upwardRecipients, String createdBy,
      Instant createdAt) {
    this.name = name;
    this.kind = kind;
    this.subject = subject;
    this.directives = directives;
    this.unitTargets = String.join(",", unitTargets);
    this.outline = outline;
    this.unitWorkingDays = unitWorkingDays;
    this.openWorkingDays = openWorkingDays;
    this.upwardRecipients = upwardRecipients;
    this.active = true;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** The successor reports in the old unit's place from now on. */
  boolean replaceTarget(String from, String to) {
    List<String> targets = new java.util.ArrayList<>(getUnitTargets());
    if (!targets.remove(from)) {
      return false;
    }
    if (!targets.contains(to)) {
      targets.add(to);
    }
    this.unitTargets = String.join(",", targets);
    return true;
  }

  void setActive(boolean active) {
    this.active = active;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public PeriodKind getKind() {
    return kind;
  }

  public String getSubject() {
    return subject;
  }

  public String getDirectives() {
    return directives;
  }

  public List<String> getUnitTargets() {
    return Arrays.stream(unitTargets.split(",")).filter(s -> !s.isBlank()).toList();
  }

  public String getOutline() {
    return outline;
  }

  public int getUnitWorkingDays() {
    return unitWorkingDays;
  }

  public int getOpenWorkingDays() {
    return openWorkingDays;
  }

  public String getUpwardRecipients() {
    return upwardRecipients;
  }

  public boolean isActive() {
    return active;
  }
}
