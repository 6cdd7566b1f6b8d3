package vn.cascade.directive;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cascade.attachment.AttachmentRepository;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.common.Dates;
import vn.cascade.common.EngineClock;
import vn.cascade.common.InvalidInputException;
import vn.cascade.common.Validation;
import vn.cascade.document.DocumentType;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.organisation.Unit;
import vn.cascade.organisation.UnitKind;

/** Registration of incoming central documents (văn bản đến): the checks of Decree 30/2020 and the record. */
@Service
public class DirectiveIntake {

  /** Number and symbol, e.g. {@code 646/VPCP-KTTH} or {@code 687/QĐ-TTg}. */
  static final Pattern NUMBER_SYMBOL = Pattern.compile("\\d{1,6}/[\\p{L}\\d]+(-[\\p{L}\\d]+)*");

  private final IncomingDocumentRepository documents;
  private final AttachmentRepository attachments;
  private final OrganisationService organisation;
  private final EngineClock clock;
  private final WorkingDayCalendar calendar;

  DirectiveIntake(IncomingDocumentRepository documents, AttachmentRepository attachments,
      OrganisationService organisation, EngineClock clock, WorkingDayCalendar calendar) {
    this.documents = documents;
    this.attachments = attachments;
    this.organisation = organisation;
    this.clock = clock;
    this.calendar = calendar;
  }

  /** What the clerk enters (dates as {@code yyyy-MM-dd}). */
  public record Registration(String number, Object date, String issuer, String type, String summary,
      Object centralDeadline, Long attachmentId) {}

  /** Checks everything, reports all problems at once, and records the document. */
  @Transactional
  public IncomingDocument register(Registration r, String processInstanceId, String clerk) {
    Validation v = new Validation();
    String number = r.number() == null ? null : r.number().trim();
    v.requireText(number, "incomingNumber", "Chưa nhập số, ký hiệu văn bản.");
    v.require(number == null || number.isBlank() || NUMBER_SYMBOL.matcher(number).matches(), "incomingNumber",
        "Số, ký hiệu văn bản '" + number + "' không đúng dạng số/ký hiệu, ví dụ 646/VPCP-KTTH.");
    LocalDate date = v.date(r.date(), "incomingDate", "Ngày ban hành");
    LocalDate deadline = calendar.deadline(v, r.centralDeadline(), "centralDeadline", "Thời hạn Trung ương yêu cầu");
    v.require(r.date() != null && !r.date().toString().isBlank(), "incomingDate", "Chưa nhập ngày ban hành.");
    v.require(date == null || !date.isAfter(clock.today()), "incomingDate",
        "Ngày ban hành " + Dates.vn(date) + " không được sau ngày hôm nay.");
    v.require(date == null || deadline == null || !deadline.isBefore(date), "centralDeadline",
        "Thời hạn " + Dates.vn(deadline) + " không được trước ngày ban hành " + Dates.vn(date) + ".");
    DocumentType type = DocumentType.byCode(r.type()).orElse(null);
    v.require(type != null, "incomingType", v.isBlank(r.type()) ? "Chưa chọn loại văn bản."
        : "Loại văn bản '" + r.type() + "' không có trong danh mục của Nghị định 30/2020/NĐ-CP.");
    if (type != null && number != null && NUMBER_SYMBOL.matcher(number).matches()) {
      String refusal = type.symbolRefusal(number);
      v.require(refusal == null, "incomingNumber", refusal);
    }
    v.requireText(r.summary(), "incomingSummary", "Chưa nhập trích yếu.");
    v.require(r.summary() == null || r.summary().length() <= 2000, "incomingSummary", "Trích yếu dài quá 2000 ký tự.");
    Unit issuer = null;
    try {
      issuer = organisation.require(r.issuer() == null ? null : r.issuer().trim().toLowerCase(java.util.Locale.ROOT), "incomingIssuer");
      v.require(issuer.getKind() == UnitKind.CENTRAL, "incomingIssuer",
          "'" + issuer.getName() + "' không phải cơ quan trung ương.");
    } catch (InvalidInputException e) {
      e.errors().forEach(err -> v.require(false, "incomingIssuer", "Cơ quan ban hành: " + err.message()));
    }
    v.require(r.attachmentId() == null || attachments.existsById(r.attachmentId()), "attachment",
        "Không tìm thấy tệp đính kèm.");
    if (issuer != null && date != null && number != null && !v.hasErrors()) {
      v.require(!documents.existsByIssuerCodeAndIssueYearAndNumberSymbol(issuer.getCode(), date.getYear(), number),
          "incomingNumber", "Văn bản số " + number + " của " + issuer.getName() + " năm " + date.getYear()
              + " đã được đăng ký.");
    }
    v.throwIfInvalid();
    return documents.save(new IncomingDocument(number, issuer.getCode(), type.name(), r.summary().trim(), date, deadline,
        r.attachmentId(), processInstanceId, clerk));
  }

}
