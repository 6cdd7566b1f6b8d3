package vn.cascade.restructuring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One item a restructuring moved: the audit of who/what/where. */
@Entity
@Table(name = "restructuring_move")
public class RestructuringMove {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "restructuring_id")
  private Long restructuringId;

  @Column(name = "item_type")
  private String itemType;

  @Column(name = "item_ref")
  private String itemRef;

  @Column(name = "from_unit")
  private String fromUnit;

  @Column(name = "to_unit")
  private String toUnit;

  private String detail;

  @Column(name = "moved_at")
  private Instant movedAt;

  protected RestructuringMove() {}

  RestructuringMove(Long restructuringId, Move move, Instant movedAt) {
    this.restructuringId = restructuringId;
    this.itemType = move.type();
    this.itemRef = move.ref();
    this.fromUnit = move.from();
    this.toUnit = move.to();
    this.detail = move.detail();
    this.movedAt = movedAt;
  }

  public Move toMove() {
    return new Move(itemType, itemRef, fromUnit, toUnit, detail);
  }

  public Instant getMovedAt() {
    return movedAt;
  }
}
