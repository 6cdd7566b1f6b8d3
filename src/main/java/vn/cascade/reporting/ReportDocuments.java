package vn.cascade.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cascade.common.CascadeProperties;
import vn.cascade.common.Dates;
import vn.cascade.document.DocumentType;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.organisation.Unit;
import vn.cascade.organisation.UnitKind;
import vn.cascade.reporting.AdministrativeDocument.Block;
import vn.cascade.reporting.AdministrativeDocument.Heading;
import vn.cascade.reporting.AdministrativeDocument.Paragraph;
import vn.cascade.reporting.AdministrativeDocument.Table;
import vn.cascade.reporting.ReportingService.UnitEntry;
import vn.cascade.reporting.UnitReportProcess.Figure;

/**
 * The reports as administrative documents (Decree 30/2020): a unit's report (issued by the unit, signed by its
 * leader, sent to the Department of Finance) and the consolidated report (issued by the provincial People's
 * Committee, drafted by Finance, signed by the provincial leader, sent upward). Before numbering and signing, the
 * number, date and signer are left blank, as on a draft.
 */
@Service
public class ReportDocuments {

  private static final DocumentType REPORT = DocumentType.BAO_CAO;

  static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final ReportingService reporting;
  private final UnitReports unitReports;
  private final UnitReportVersionRepository versions;
  private final OrganisationService organisation;
  private final CascadeProperties properties;
  private final IdentityService identityService;

  ReportDocuments(ReportingService reporting, UnitReports unitReports, UnitReportVersionRepository versions,
      OrganisationService organisation, CascadeProperties properties, IdentityService identityService) {
    this.reporting = reporting;
    this.unitReports = unitReports;
    this.versions = versions;
    this.organisation = organisation;
    this.properties = properties;
    this.identityService = identityService;
  }

  /** The file name of a document, e.g. {@code bao-cao-05-BC-UBND.docx}. */
  public static String fileName(String numberSymbol, String fallback) {
    String base = numberSymbol == null ? fallback : numberSymbol.replace('/', '-');
    return "bao-cao-" + base.replaceAll("[^\\p{L}\\p{N}-]", "_") + ".docx";
  }

  @Transactional(readOnly = true)
  public byte[] consolidated(Long requestId) {
    ReportRequest request = reporting.require(requestId);
    Unit province = organisation.require(properties.provinceUnit(), "provinceUnit");
    ConsolidatedDraft draft = request.draft();
    List<Block> content = new ArrayList<>();
    content.add(new Paragraph(basis(request) + "; Ủy ban nhân dân tỉnh báo cáo như sau:"));
    content.add(new Heading("I. Tình hình xây dựng kế hoạch và triển khai thực hiện"));
    content.add(new Paragraph(text(draft.planning())));
    content.add(new Heading("II. Đánh giá kết quả thực hiện"));
    content.add(new Heading("1. Kết quả đạt được"));
    content.add(new Paragraph(text(draft.achieved())));
    content.add(new Heading("2. Khó khăn, tồn tại"));
    content.add(new Paragraph(text(draft.difficulties())));
    content.add(new Heading("III. Giải pháp, kiến nghị"));
    content.add(new Paragraph(text(draft.proposals())));
    List<Map<String, Object>> figures = Figures.of(draft.figuresJson());
    if (!figures.isEmpty()) {
      content.add(new Heading("IV. Số liệu tổng hợp"));
      content.add(figureTable(figures, true));
    }
    List<String> reported = new ArrayList<>();
    for (UnitEntry e : reporting.entries(requestId)) {
      if (e.included()) {
        reported.add(e.unit().getName() + (e.sent().getNumberSymbol() == null ? ""
            : " (Báo cáo số " + e.sent().getNumberSymbol() + ")"));
      }
    }
    content.add(new Paragraph("Báo cáo được tổng hợp từ báo cáo của: " + String.join("; ", reported) + ".", true));
    if (request.getMissingUnits() != null) {
      content.add(new Paragraph("Các đơn vị chưa gửi báo cáo: " + request.getMissingUnits() + ".", true));
    }
    content.add(new Paragraph("Ủy ban nhân dân tỉnh báo cáo " + request.getUpwardRecipients() + " theo quy định./."));
    List<String> recipients = new ArrayList<>();
    for (String upward : request.getUpwardRecipients().split("\\s*[;,]\\s*")) {
      recipients.add("- " + upward + ";");
    }
    recipients.add("- Sở Tài chính;");
    recipients.add("- Lưu: VT, STC.");
    String signer = signerName(request.getApprovedBy());
    return DocxWriter.write(new AdministrativeDocument(null, province.getName(), request.getReportNumberSymbol(),
        REPORT.symbolSuffix(province.getSymbol(), null), place(), request.getReportIssuedOn(), REPORT.label(),
        request.getSubject(), content,
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", signer, recipients));
  }

  /** The unit's newest signed version, or its current draft if none is signed yet. */
  @Transactional(readOnly = true)
  public byte[] unitReport(UnitReport report) {
    UnitReportVersion version = versions
        .findFirstByUnitReportIdAndSignedAtIsNotNullOrderByVersionNoDesc(report.getId())
        .orElseGet(() -> unitReports.current(report));
    ReportRequest request = reporting.require(report.getRequestId());
    Unit unit = organisation.require(report.getUnitCode(), "unitCode");
    Unit parent = unit.getParentCode() == null ? null : organisation.require(unit.getParentCode(), "parentCode");
    UnitReportContent c = version.content();
    List<Block> content = new ArrayList<>();
    content.add(new Paragraph(basis(request) + "; " + unit.getName() + " báo cáo như sau:"));
    content.add(new Heading("I. Tình hình xây dựng kế hoạch và triển khai thực hiện"));
    content.add(new Paragraph(c.planning()));
    content.add(new Heading("II. Đánh giá kết quả thực hiện"));
    content.add(new Heading("1. Kết quả đạt được"));
    content.add(new Paragraph(c.achieved()));
    content.add(new Heading("2. Khó khăn, tồn tại"));
    content.add(new Paragraph(c.difficulties()));
    content.add(new Heading("III. Giải pháp, kiến nghị"));
    content.add(new Paragraph(c.proposals()));
    List<Map<String, Object>> figures = Figures.of(c.figuresJson());
    if (!figures.isEmpty()) {
      content.add(new Heading("IV. Số liệu"));
      content.add(figureTable(figures, false));
    }
    if (c.attachmentsNote() != null) {
      content.add(new Heading("Tài liệu kèm theo"));
      content.add(new Paragraph(c.attachmentsNote(), true));
    }
    content.add(new Paragraph(unit.getName() + " báo cáo Sở Tài chính tổng hợp./."));
    boolean committee = unit.getKind() == UnitKind.DISTRICT_PC || unit.getKind() == UnitKind.COMMUNE_PC;
    String signer = signerName(version.getSignedBy());
    return DocxWriter.write(new AdministrativeDocument(parent == null ? null : shortName(parent), unit.getName(),
        version.getNumberSymbol(), REPORT.symbolSuffix(unit.getSymbol(), null), place(),
        version.getSignedAt() == null ? null : version.getSignedAt().atZone(properties.zoneId()).toLocalDate(),
        REPORT.label(), request.getSubject(), content, committee ? "TM. ỦY BAN NHÂN DÂN" : null,
        committee ? "CHỦ TỊCH" : "GIÁM ĐỐC", signer,
        List.of("- Sở Tài chính;", "- Lưu: VT, " + unit.getSymbol() + ".")));
  }

  /** The signer's name in Vietnamese order ("Lương Anh Tuấn", vn.cascade.organisation.PersonName). */
  String signerName(String userId) {
    if (userId == null) {
      return null;
    }
    User user = identityService.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : vn.cascade.organisation.UserDirectory.fullName(user);
  }

  /** "Theo đề nghị của Sở Tài chính tại Công văn số 2137/STC-QLN ngày 17/9/2025 về việc ..." */
  static String basis(ReportRequest request) {
    StringBuilder s = new StringBuilder();
    if (request.getRequestNumber() != null) {
      s.append("Theo đề nghị của Sở Tài chính tại ")
          .append(DocumentType.ofSymbol(request.getRequestNumber()).reference(request.getRequestNumber(), null))
          .append(" ngày ")
          .append(shortDate(request.getRequestedOn())).append(" về việc ").append(lowerFirst(request.getSubject()));
      if (request.getPeriodLabel() != null) {
        s.append(", kỳ báo cáo ").append(request.getPeriodLabel());
      }
    } else {
      s.append("Thực hiện chế độ báo cáo định kỳ ").append(lowerFirst(request.getSubject()));
    }
    if (request.getCutoffStart() != null) {
      s.append(" (số liệu từ ngày ").append(Dates.vn(request.getCutoffStart())).append(" đến ngày ")
          .append(Dates.vn(request.getCutoffEnd())).append(")");
    }
    if (request.getDirectives() != null) {
      s.append(", thực hiện ").append(request.getDirectives());
    }
    return s.toString();
  }

  private static Table figureTable(List<Map<String, Object>> figures, boolean withUnit) {
    List<String> headers = new ArrayList<>(List.of("STT"));
    if (withUnit) {
      headers.add("Đơn vị");
    }
    headers.addAll(List.of("Chỉ tiêu", "Đơn vị tính", "Giá trị", "Ghi chú"));
    List<List<String>> rows = new ArrayList<>();
    int no = 0;
    for (Map<String, Object> f : figures) {
      List<String> row = new ArrayList<>(List.of(String.valueOf(++no)));
      if (withUnit) {
        row.add(string(f.get("unit")));
      }
      row.addAll(List.of(string(f.get(Figure.INDICATOR)), string(f.get(Figure.MEASURE)), string(f.get(Figure.VALUE)),
          string(f.get(Figure.NOTE))));
      rows.add(row);
    }
    return new Table(headers, rows);
  }

  /** The place on documents: the province's name without "Ủy ban nhân dân tỉnh", e.g. "Kon Tum". */
  String place() {
    String name = organisation.require(properties.provinceUnit(), "provinceUnit").getName();
    int i = name.toLowerCase(Locale.ROOT).lastIndexOf("tỉnh ");
    return i < 0 ? name : name.substring(i + 5);
  }

  /** The parent body as written above the issuing body, e.g. "UBND TỈNH KON TUM". */
  private static String shortName(Unit parent) {
    return parent.getName().replace("Ủy ban nhân dân", "UBND");
  }

  private static String shortDate(LocalDate date) {
    return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
  }

  private static String lowerFirst(String s) {
    String text = s.startsWith("V/v ") ? s.substring(4) : s;
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String text(String s) {
    return s == null || s.isBlank() ? "(chưa có nội dung)" : s;
  }

  private static String string(Object o) {
    return o == null ? "" : o.toString();
  }
}
