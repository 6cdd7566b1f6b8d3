package vn.cascade.reporting;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cascade.common.EngineClock;
import vn.cascade.common.Validation;
import vn.cascade.document.DocumentNumbers;
import vn.cascade.document.DocumentType;
import vn.cascade.organisation.OrganisationService;
import vn.cascade.organisation.Unit;
import vn.cascade.reporting.UnitReportProcess.Figure;

/**
 * A unit's report (process {@code unit-report}): opened for its request, drafted in versions, signed (numbered in
 * the unit's series), accepted or returned by Finance. Called by the thin listeners of {@code unit-report}.
 */
@Service
public class UnitReports {

  static final int TEXT_MAX = 50_000;

  private final UnitReportRepository unitReports;
  private final UnitReportVersionRepository versions;
  private final OrganisationService organisation;
  private final DocumentNumbers numbers;
  private final EngineClock clock;

  UnitReports(UnitReportRepository unitReports, UnitReportVersionRepository versions,
      OrganisationService organisation, DocumentNumbers numbers, EngineClock clock) {
    this.unitReports = unitReports;
    this.versions = versions;
    this.organisation = organisation;
    this.numbers = numbers;
    this.clock = clock;
  }

  public UnitReport requireUnitReport(String processInstanceId) {
    return unitReports.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No unit report for process instance " + processInstanceId));
  }

  /** Links the unit's report to its process instance. Idempotent (a retried job finds its row). */
  @Transactional
  public UnitReport open(Long requestId, String unitCode, String processInstanceId) {
    UnitReport report = unitReports.findByRequestIdAndUnitCode(requestId, unitCode)
        .orElseThrow(() -> new IllegalStateException("Unit " + unitCode + " has no report in request " + requestId));
    report.open(processInstanceId);
    return report;
  }

  /** Checks the draft (all problems at once) and keeps it as a new version. */
  @Transactional
  public UnitReportVersion saveDraft(String processInstanceId, UnitReportContent content, String draftedBy) {
    Validation v = new Validation();
    section(v, content.planning(), UnitReportProcess.Vars.PLANNING, "I. Tình hình xây dựng kế hoạch, triển khai");
    section(v, content.achieved(), UnitReportProcess.Vars.ACHIEVED, "II.1. Kết quả đạt được");
    section(v, content.difficulties(), UnitReportProcess.Vars.DIFFICULTIES, "II.2. Khó khăn, tồn tại");
    section(v, content.proposals(), UnitReportProcess.Vars.PROPOSALS, "III. Giải pháp, kiến nghị");
    List<Map<String, Object>> figures = Figures.of(content.figuresJson());
    int row = 0;
    for (Map<String, Object> figure : figures) {
      row++;
      v.requireText(figure.get(Figure.INDICATOR), "figures[" + (row - 1) + "].indicator",
          "Số liệu dòng " + row + ": chưa nhập chỉ tiêu.");
      v.requireText(figure.get(Figure.VALUE), "figures[" + (row - 1) + "].value",
          "Số liệu dòng " + row + ": chưa nhập giá trị.");
    }
    v.require(content.attachmentsNote() == null || content.attachmentsNote().length() <= 4000, "attachmentsNote",
        "Danh mục tài liệu kèm theo dài quá 4000 ký tự.");
    v.throwIfInvalid();
    UnitReport report = requireUnitReport(processInstanceId);
    int no = report.nextVersion();
    return versions.save(new UnitReportVersion(report.getId(), no, new UnitReportContent(content.planning().trim(),
        content.achieved().trim(), content.difficulties().trim(), content.proposals().trim(), Figures.json(figures),
        trim(content.attachmentsNote())), draftedBy, clock.now()));
  }

  private static void section(Validation v, String text, String field, String label) {
    v.require(text != null && text.trim().length() >= 10, field, "Mục " + label + " cần ít nhất 10 ký tự.");
    v.require(text == null || text.length() <= TEXT_MAX, field, "Mục " + label + " dài quá " + TEXT_MAX + " ký tự.");
  }

  /** The unit leader signs the current version: it gets the unit's report number and goes to Finance. */
  @Transactional
  public UnitReportVersion sign(String processInstanceId, String leader) {
    UnitReport report = requireUnitReport(processInstanceId);
    UnitReportVersion version = current(report);
    if (version.getNumberSymbol() == null) {
      Unit unit = organisation.require(report.getUnitCode(), "unitCode");
      version.sign(leader, clock.now(), numbers.issue(DocumentType.BAO_CAO, unit.getCode(), unit.getSymbol(), null,
          clock.today()).numberSymbol());
    }
    report.submit(clock.now());
    return version;
  }

  @Transactional
  public void returnedByLeader(String processInstanceId) {
    requireUnitReport(processInstanceId).returnedByLeader();
  }

  @Transactional
  public void accept(String processInstanceId) {
    requireUnitReport(processInstanceId).accept(clock.now());
  }

  @Transactional
  public void returnByFinance(String processInstanceId) {
    requireUnitReport(processInstanceId).returnByFinance();
  }

  public UnitReportVersion current(UnitReport report) {
    return versions.findByUnitReportIdAndVersionNo(report.getId(), report.getCurrentVersion())
        .orElseThrow(() -> new IllegalStateException("Unit report " + report.getId() + " has no version"));
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
