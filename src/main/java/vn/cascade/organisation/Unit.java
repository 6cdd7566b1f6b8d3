package vn.cascade.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An administrative unit: a central body, the provincial People's Committee, a department, a commune... */
@Entity
@Table(name = "unit")
public class Unit {

  @Id
  private String code;

  private String name;

  @Enumerated(EnumType.STRING)
  private UnitKind kind;

  @Column(name = "parent_code")
  private String parentCode;

  /** Abbreviation used in document symbols, e.g. {@code UBND}, {@code STC}, {@code SKHĐT}. */
  private String symbol;

  @Enumerated(EnumType.STRING)
  private UnitStatus status;

  @Column(name = "successor_code")
  private String successorCode;

  private String email;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Unit() {}

  public Unit(String code, String name, UnitKind kind, String parentCode, String symbol, String email) {
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.parentCode = parentCode;
    this.symbol = symbol;
    this.email = email;
    this.status = UnitStatus.ACTIVE;
    this.createdAt = Instant.now();
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  /** The name as history shows it: a merged unit is marked "(cũ)" (former). */
  public String getDisplayName() {
    return status == UnitStatus.ACTIVE ? name : name + " (cũ)";
  }

  public UnitKind getKind() {
    return kind;
  }

  public String getParentCode() {
    return parentCode;
  }

  public String getSymbol() {
    return symbol;
  }

  public UnitStatus getStatus() {
    return status;
  }

  public boolean isActive() {
    return status == UnitStatus.ACTIVE;
  }

  public String getSuccessorCode() {
    return successorCode;
  }

  public String getEmail() {
    return email;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void rename(String newName) {
    this.name = newName;
  }

  public void moveUnder(String newParent) {
    this.parentCode = newParent;
  }

  public void mergeInto(String successor) {
    this.status = UnitStatus.MERGED;
    this.successorCode = successor;
  }
}
