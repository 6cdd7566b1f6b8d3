package vn.cascade.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.cascade.common.JsonVariables;
import vn.cascade.support.CycleDriver;

/** Plays the reporting cycle as the demo users would, through the engine with each user's authentication. */
@Component
class ReportingDriver {

  private static final AtomicInteger NUMBERS = new AtomicInteger(2137);

  private final CycleDriver cycle;
  private final RuntimeService runtimeService;

  ReportingDriver(CycleDriver cycle, RuntimeService runtimeService) {
    this.cycle = cycle;
    this.runtimeService = runtimeService;
  }

  /** A request number (symbol STC-QLN) not used before in this test run. */
  static String nextRequestNumber() {
    return NUMBERS.incrementAndGet() + "/STC-QLN";
  }

  static Map<String, Object> requestForm(String number, LocalDate date, List<String> units, LocalDate unitDeadline,
      LocalDate sendDeadline) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("requestNumber", number);
    vars.put("requestDate", date.toString());
    vars.put("subject", "Báo cáo tình hình thực hiện Đề án phát triển kinh tế tuần hoàn năm 2025");
    vars.put("directives", "Quyết định số 687/QĐ-TTg ngày 07/6/2022 của Thủ tướng Chính phủ");
    vars.put("unitTargets", JsonVariables.json(units));
    vars.put("unitDeadline", unitDeadline.toString());
    vars.put("sendDeadline", sendDeadline.toString());
    vars.put("outline", "I. Tình hình triển khai; II. Kết quả, khó khăn; III. Giải pháp, kiến nghị; số liệu.");
    return vars;
  }

  /** The coordinator requests reports; returns the report-request instance id. */
  String request(Map<String, Object> form) {
    cycle.as("stc.theodoi");
    try {
      return runtimeService.startProcessInstanceByKey(ReportRequestProcess.KEY, form).getId();
    } finally {
      cycle.asSystem();
    }
  }

  /** The unit-report instances of a request, as (unit code -> process instance id). */
  Map<String, String> unitReports(String requestPid) {
    Map<String, String> result = new LinkedHashMap<>();
    for (var pi : runtimeService.createProcessInstanceQuery().superProcessInstanceId(requestPid).list()) {
      result.put((String) runtimeService.getVariable(pi.getId(), "unitCode"), pi.getId());
    }
    return result;
  }

  static Map<String, Object> report(String unitName, String achieved) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("planning", "Tham mưu UBND tỉnh ban hành Kế hoạch thực hiện Đề án; " + unitName + " ban hành kế hoạch.");
    vars.put("achieved", achieved);
    vars.put("difficulties", "Nguồn lực đầu tư cho kinh tế tuần hoàn còn hạn chế.");
    vars.put("proposals", "Đề nghị bố trí kinh phí hỗ trợ doanh nghiệp áp dụng mô hình kinh tế tuần hoàn.");
    // the figures as Tasklist sends them: the form's numbered fields
    vars.put("figure1Indicator", "Số doanh nghiệp được hỗ trợ");
    vars.put("figure1Measure", "doanh nghiệp");
    vars.put("figure1Value", "500");
    vars.put("figure1Note", "");
    vars.put("attachmentsNote", "Phụ lục số liệu kèm theo.");
    return vars;
  }

  void draft(String unitPid, String unit, String achieved) {
    cycle.complete(unitPid, UnitReportProcess.Elements.DRAFT, unit + ".chuyenvien", report(unit, achieved));
  }

  void sign(String unitPid, String unit, String decision, String comment) {
    cycle.complete(unitPid, UnitReportProcess.Elements.SIGN, unit + ".lanhdao", decision(
        UnitReportProcess.Vars.SIGN_DECISION, decision, UnitReportProcess.Vars.SIGN_COMMENT, comment));
  }

  void review(String unitPid, String decision, String comment) {
    cycle.complete(unitPid, UnitReportProcess.Elements.REVIEW, "stc.theodoi", decision(
        UnitReportProcess.Vars.ACCEPT_DECISION, decision, UnitReportProcess.Vars.ACCEPT_COMMENT, comment));
  }

  /** Draft, sign and accept: the happy path of one unit. */
  void reportAccepted(String unitPid, String unit) {
    draft(unitPid, unit, "Hỗ trợ trên 500 lượt doanh nghiệp tiếp cận các nội dung về kinh tế tuần hoàn (" + unit + ").");
    sign(unitPid, unit, UnitReportProcess.APPROVE, null);
    review(unitPid, UnitReportProcess.ACCEPT, null);
  }

  static Map<String, Object> decision(String key, String value, String commentKey, String comment) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(key, value);
    if (comment != null) {
      vars.put(commentKey, comment);
    }
    return vars;
  }

  /** All text of a .docx: paragraphs, and the paragraphs of every table cell. */
  static String text(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      StringBuilder s = new StringBuilder();
      for (XWPFParagraph p : doc.getParagraphs()) {
        s.append(p.getText()).append('\n');
      }
      for (XWPFTable table : doc.getTables()) {
        table.getRows().forEach(row -> row.getTableCells().forEach(cell -> s.append(cell.getText()).append('\n')));
      }
      return s.toString();
    }
  }
}
