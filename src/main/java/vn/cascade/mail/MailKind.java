package vn.cascade.mail;

/** What a mail is about; the subject line and the headline of the template follow from it. */
public enum MailKind {
  ASSIGNED("Nhiệm vụ mới"),
  RETURNED("Trả lại để chỉnh sửa"),
  REMINDER("Nhắc hạn"),
  DUE_TODAY("Đến hạn hôm nay"),
  OVERDUE("Quá hạn"),
  ESCALATION("Đôn đốc: nhiệm vụ quá hạn"),
  EXTENSION_REQUESTED("Đề nghị gia hạn"),
  EXTENSION_APPROVED("Đồng ý gia hạn"),
  EXTENSION_REFUSED("Không đồng ý gia hạn"),
  DIGEST("Tổng hợp nhắc việc trong ngày");

  private final String label;

  MailKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Reminders can wait for the daily digest; the others go out at once. */
  public boolean digestible() {
    return this == REMINDER || this == DUE_TODAY || this == OVERDUE || this == ESCALATION;
  }
}
