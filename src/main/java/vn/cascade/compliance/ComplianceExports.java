package vn.cascade.compliance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** The period summary as the files an office publishes: CSV (UTF-8 with BOM, for Excel) and .xlsx. */
@Component
class ComplianceExports {

  static final List<String> HEADER = List.of("STT", "Đơn vị", "Số nhiệm vụ được giao", "Hoàn thành đúng hạn",
      "Hoàn thành quá hạn", "Đang thực hiện, trong hạn", "Quá hạn", "Tỷ lệ hoàn thành đúng hạn (%)",
      "Tỷ lệ quá hạn (%)");
  static final String TOTAL = "Tổng cộng";

  static String title(ComplianceService.Summary s) {
    return "Tình hình thực hiện nhiệm vụ – " + s.periodLabel();
  }

  byte[] csv(ComplianceService.Summary s) {
    StringBuilder out = new StringBuilder("\uFEFF");
    line(out, List.of(title(s)));
    line(out, HEADER);
    int i = 1;
    for (ComplianceService.UnitLine u : s.units()) {
      line(out, values(String.valueOf(i++), u.unitName(), u.counts()));
    }
    line(out, values("", TOTAL, s.total()));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  byte[] xlsx(ComplianceService.Summary s) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(s.period());
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row title = sheet.createRow(0);
      cell(title, 0, title(s)).setCellStyle(bold);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
      Row header = sheet.createRow(2);
      for (int c = 0; c < HEADER.size(); c++) {
        cell(header, c, HEADER.get(c)).setCellStyle(bold);
      }
      int r = 3;
      for (ComplianceService.UnitLine u : s.units()) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(r - 2);
        cell(row, 1, u.unitName());
        numbers(row, u.counts());
        r++;
      }
      Row total = sheet.createRow(r);
      cell(total, 1, TOTAL).setCellStyle(bold);
      numbers(total, s.total());
      sheet.setColumnWidth(1, 45 * 256);
      for (int c = 2; c < HEADER.size(); c++) {
        sheet.setColumnWidth(c, 18 * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void numbers(Row row, Counts c) {
    double[] values = {c.assigned(), c.completedOnTime(), c.completedLate(), c.openWithinTerm(), c.openOverdue(),
        c.onTimePercent(), c.overduePercent()};
    for (int i = 0; i < values.length; i++) {
      row.createCell(2 + i).setCellValue(values[i]);
    }
  }

  private static Cell cell(Row row, int column, String value) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    return cell;
  }

  private static List<String> values(String number, String unit, Counts c) {
    return List.of(number, unit, String.valueOf(c.assigned()), String.valueOf(c.completedOnTime()),
        String.valueOf(c.completedLate()), String.valueOf(c.openWithinTerm()), String.valueOf(c.openOverdue()),
        String.valueOf(c.onTimePercent()), String.valueOf(c.overduePercent()));
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String v = cells.get(i) == null ? "" : cells.get(i);
      if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
        v = '"' + v.replace("\"", "\"\"") + '"';
      }
      out.append(v);
    }
    out.append("\r\n");
  }
}
