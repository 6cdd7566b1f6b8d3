package vn.cascade.dispatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** One numbered task item of a dispatch: text, lead unit (or a group of units), cooperating units, due date. */
@Entity
@Table(name = "dispatch_item")
public class DispatchItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "dispatch_id")
  private Dispatch dispatch;

  @Column(name = "item_no")
  private int itemNo;

  private String text;

  @Column(name = "lead_target")
  private String leadTarget;

  @Column(name = "cooperating_codes")
  private String cooperatingCodes;

  @Column(name = "due_date")
  private LocalDate dueDate;

  protected DispatchItem() {}

  DispatchItem(int itemNo, String text, String leadTarget, List<String> cooperating, LocalDate dueDate) {
    this.itemNo = itemNo;
    this.text = text;
    this.leadTarget = leadTarget;
    this.cooperatingCodes = cooperating.isEmpty() ? null : String.join(",", cooperating);
    this.dueDate = dueDate;
  }

  void attachTo(Dispatch dispatch) {
    this.dispatch = dispatch;
  }

  public int getItemNo() {
    return itemNo;
  }

  public String getText() {
    return text;
  }

  public String getLeadTarget() {
    return leadTarget;
  }

  public List<String> getCooperatingCodes() {
    return cooperatingCodes == null ? List.of() : Arrays.asList(cooperatingCodes.split(","));
  }

  public LocalDate getDueDate() {
    return dueDate;
  }
}
