package vn.cascade.organisation;

/** Kinds of units in the administrative hierarchy. */
public enum UnitKind {
  CENTRAL("Cơ quan trung ương"),
  PROVINCIAL_PC("UBND cấp tỉnh"),
  PROVINCIAL_OFFICE("Văn phòng UBND tỉnh"),
  DEPARTMENT("Sở, ban, ngành"),
  DISTRICT_PC("UBND cấp huyện"),
  COMMUNE_PC("UBND cấp xã");

  private final String label;

  UnitKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether units of this kind receive tasks from a provincial dispatch. */
  public boolean isRecipient() {
    return this == DEPARTMENT || this == DISTRICT_PC || this == COMMUNE_PC || this == PROVINCIAL_OFFICE;
  }
}
