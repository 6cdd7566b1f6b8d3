package vn.cascade.reporting;

import java.time.LocalDate;

/** A unit's state as the coordinator follows it: the stage, or "late" for an open report past its due day. */
public enum UnitReportStatus {
  NOT_STARTED("Chưa thực hiện"),
  DRAFTING("Đang soạn thảo"),
  SUBMITTED("Đã gửi, chờ tiếp nhận"),
  RETURNED("Bị trả lại, đang chỉnh sửa"),
  ACCEPTED("Đã tiếp nhận"),
  LATE("Quá hạn, chưa gửi"),
  MISSING("Không gửi báo cáo");

  private final String label;

  UnitReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A report not yet sent (or sent back) whose due day has passed is late until it is sent or listed missing. */
  public static UnitReportStatus of(UnitReportStage stage, LocalDate due, LocalDate today) {
    boolean open = stage == UnitReportStage.NOT_STARTED || stage == UnitReportStage.DRAFTING
        || stage == UnitReportStage.RETURNED;
    if (open && today.isAfter(due)) {
      return LATE;
    }
    return UnitReportStatus.valueOf(stage.name());
  }
}
