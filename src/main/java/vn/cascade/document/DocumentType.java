package vn.cascade.document;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The administrative document types of Decree 30/2020/NĐ-CP (Art. 7) with the abbreviations of its Appendix III,
 * in the decree's order: the one table of types for incoming documents and for Cascade's own outgoing ones.
 *
 * <p>The symbol (ký hiệu) of a document of a type with an abbreviation starts with it, then the issuer's
 * abbreviation: {@code 687/QĐ-TTg}, {@code 17/CĐ-TTg}, {@code 05/BC-UBND}, {@code 12/KH-UBND}. A công văn (and a thư
 * công) has no abbreviation of its own: its symbol is the issuer's abbreviation and the drafting unit's, e.g.
 * {@code 646/VPCP-KTTH}, {@code 562/UBND-KTTH}.
 */
public enum DocumentType {
  NGHI_QUYET("Nghị quyết", "NQ"),
  QUYET_DINH("Quyết định", "QĐ"),
  CHI_THI("Chỉ thị", "CT"),
  QUY_CHE("Quy chế", "QC"),
  QUY_DINH("Quy định", "QyĐ"),
  THONG_CAO("Thông cáo", "TC"),
  THONG_BAO("Thông báo", "TB"),
  HUONG_DAN("Hướng dẫn", "HD"),
  CHUONG_TRINH("Chương trình", "CTr"),
  KE_HOACH("Kế hoạch", "KH"),
  PHUONG_AN("Phương án", "PA"),
  DE_AN("Đề án", "ĐA"),
  DU_AN("Dự án", "DA"),
  BAO_CAO("Báo cáo", "BC"),
  BIEN_BAN("Biên bản", "BB"),
  TO_TRINH("Tờ trình", "TTr"),
  HOP_DONG("Hợp đồng", "HĐ"),
  CONG_VAN("Công văn", null),
  CONG_DIEN("Công điện", "CĐ"),
  BAN_GHI_NHO("Bản ghi nhớ", "BGN"),
  BAN_THOA_THUAN("Bản thỏa thuận", "BTT"),
  GIAY_UY_QUYEN("Giấy ủy quyền", "GUQ"),
  GIAY_MOI("Giấy mời", "GM"),
  GIAY_GIOI_THIEU("Giấy giới thiệu", "GGT"),
  GIAY_NGHI_PHEP("Giấy nghỉ phép", "GNP"),
  PHIEU_GUI("Phiếu gửi", "PG"),
  PHIEU_CHUYEN("Phiếu chuyển", "PC"),
  PHIEU_BAO("Phiếu báo", "PB"),
  THU_CONG("Thư công", null);

  /**
   * The types a level of government assigns tasks with (văn bản giao nhiệm vụ): the dispatch's type is one of
   * these; a công văn unless the drafter chose another.
   */
  public static final java.util.Set<DocumentType> ASSIGNING = java.util.Collections.unmodifiableSet(
      java.util.EnumSet.of(NGHI_QUYET, QUYET_DINH, CHI_THI, THONG_BAO, HUONG_DAN, CHUONG_TRINH, KE_HOACH, PHUONG_AN,
          DE_AN, CONG_VAN, CONG_DIEN));

  private static final Map<String, DocumentType> BY_ABBREVIATION = Arrays.stream(values())
      .filter(t -> t.abbreviation != null).collect(Collectors.toUnmodifiableMap(t -> t.abbreviation, Function.identity()));

  private final String label;
  private final String abbreviation;

  DocumentType(String label, String abbreviation) {
    this.label = label;
    this.abbreviation = abbreviation;
  }

  /** The type's name as written on documents and in mails, e.g. "Công điện". */
  public String label() {
    return label;
  }

  /** The abbreviation of Appendix III that starts the symbol, e.g. "CĐ"; null for công văn and thư công. */
  public String abbreviation() {
    return abbreviation;
  }

  /** The heading of the document, e.g. "CÔNG ĐIỆN" (a công văn has none: its "V/v" line stands alone). */
  public String heading() {
    return label.toUpperCase(java.util.Locale.ROOT);
  }

  /** The type of this code (the enum name, as forms and the API send it), if there is one. */
  public static Optional<DocumentType> byCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return Arrays.stream(values()).filter(t -> t.name().equals(code.trim())).findFirst();
  }

  /** The type whose abbreviation is exactly this one (case matters: CT is Chỉ thị, CTr Chương trình). */
  public static Optional<DocumentType> byAbbreviation(String abbreviation) {
    return Optional.ofNullable(abbreviation == null ? null : BY_ABBREVIATION.get(abbreviation));
  }

  /** The type a number and symbol shows: {@code 17/CĐ-TTg} a công điện, {@code 646/VPCP-KTTH} a công văn. */
  public static DocumentType ofSymbol(String numberSymbol) {
    return byAbbreviation(firstSegment(numberSymbol)).orElse(CONG_VAN);
  }

  /**
   * Why the number and symbol cannot be a document of this type (in Vietnamese), or null when it can: a type with
   * an abbreviation needs it first, followed by the issuer's ({@code 17/CĐ-TTg}); a công văn or thư công must not
   * start with another type's abbreviation.
   */
  public String symbolRefusal(String numberSymbol) {
    String first = firstSegment(numberSymbol);
    if (first == null) {
      return null; // the format itself is checked elsewhere
    }
    Optional<DocumentType> shown = byAbbreviation(first);
    boolean hasIssuer = numberSymbol.indexOf('-', numberSymbol.indexOf('/')) > 0;
    if (abbreviation == null) {
      return shown.map(other -> "Số, ký hiệu " + numberSymbol + " là của " + lower(other.label) + " (" + first
          + "), không phải " + lower(label) + "; chọn loại " + other.label + " hoặc sửa ký hiệu.").orElse(null);
    }
    if (first.equals(abbreviation) && hasIssuer) {
      return null;
    }
    String example = exampleSymbol();
    if (first.equals(abbreviation)) {
      return "Số, ký hiệu " + numberSymbol + " thiếu chữ viết tắt tên cơ quan ban hành sau " + abbreviation
          + ", ví dụ " + example + ".";
    }
    return "Số, ký hiệu " + numberSymbol + " không phù hợp với loại văn bản " + label + ": ký hiệu của "
        + lower(label) + " bắt đầu bằng " + abbreviation + ", ví dụ " + example
        + shown.map(other -> " (" + first + " là ký hiệu của " + lower(other.label) + ")").orElse("") + ".";
  }

  /**
   * The number and symbol of a document of this type that {@code issuerSymbol} issues as its {@code number}-th of
   * the year (below 10 with a leading zero): {@code 05/BC-UBND}, or for a công văn the drafting unit's symbol
   * after the issuer's, {@code 01/UBND-KTTH}.
   */
  public String numberSymbol(int number, String issuerSymbol, String draftingSymbol) {
    return String.format("%02d/%s", number, symbolSuffix(issuerSymbol, draftingSymbol));
  }

  /** The symbol after the number: {@code BC-UBND}, or for a công văn {@code UBND-KTTH}. */
  public String symbolSuffix(String issuerSymbol, String draftingSymbol) {
    if (abbreviation != null) {
      return abbreviation + "-" + issuerSymbol;
    }
    return draftingSymbol == null || draftingSymbol.isBlank() ? issuerSymbol : issuerSymbol + "-" + draftingSymbol;
  }

  /**
   * How a document is named in a sentence, a subject line or a mail: "Công điện số 17/CĐ-TTg của Thủ tướng Chính
   * phủ"; without the issuer when it is not known.
   */
  public String reference(String numberSymbol, String issuerName) {
    return label + " số " + numberSymbol + (issuerName == null || issuerName.isBlank() ? "" : " của " + issuerName);
  }

  /** Every type as a form's select option ({@code label}, {@code value}), in the decree's order. */
  public static List<Map<String, String>> options() {
    return Arrays.stream(values()).map(t -> Map.of("label", t.label, "value", t.name())).toList();
  }

  private String exampleSymbol() {
    return abbreviation == null ? "646/VPCP-KTTH" : "12/" + abbreviation + "-UBND";
  }

  private static String firstSegment(String numberSymbol) {
    if (numberSymbol == null) {
      return null;
    }
    int slash = numberSymbol.indexOf('/');
    if (slash < 0 || slash == numberSymbol.length() - 1) {
      return null;
    }
    String symbol = numberSymbol.substring(slash + 1).trim();
    int dash = symbol.indexOf('-');
    return dash < 0 ? symbol : symbol.substring(0, dash);
  }

  private static String lower(String label) {
    return Character.toLowerCase(label.charAt(0)) + label.substring(1);
  }
}
