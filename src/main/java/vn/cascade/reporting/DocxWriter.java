package vn.cascade.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.cascade.reporting.AdministrativeDocument.Block;
import vn.cascade.reporting.AdministrativeDocument.Heading;
import vn.cascade.reporting.AdministrativeDocument.Paragraph;
import vn.cascade.reporting.AdministrativeDocument.Table;

/**
 * Writes an {@link AdministrativeDocument} as {@code .docx} with Apache POI, in the layout of Decree 30/2020,
 * Appendix I: A4, Times New Roman 13–14 pt; a borderless two-column header (issuing body and number on the left,
 * national title, motto, place and date on the right); type and summary centred; justified content; a borderless
 * footer with "Nơi nhận" on the left and the signature block on the right.
 */
public final class DocxWriter {

  static final String FONT = "Times New Roman";
  static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";

  private DocxWriter() {}

  public static byte[] write(AdministrativeDocument d) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(doc);
      header(doc, d);
      XWPFParagraph type = paragraph(doc, ParagraphAlignment.CENTER);
      type.setSpacingBefore(240);
      run(type, d.type().toUpperCase(Locale.ROOT), 14, true, false);
      XWPFParagraph summary = paragraph(doc, ParagraphAlignment.CENTER);
      summary.setSpacingAfter(240);
      run(summary, d.summary(), 14, true, false);
      for (Block block : d.content()) {
        if (block instanceof Heading h) {
          XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
          p.setIndentationFirstLine(567);
          p.setSpacingBefore(120);
          run(p, h.text(), 14, true, false);
        } else if (block instanceof Paragraph p) {
          for (String line : p.text().split("\\R")) {
            XWPFParagraph para = paragraph(doc, ParagraphAlignment.BOTH);
            para.setIndentationFirstLine(567);
            para.setSpacingAfter(60);
            run(para, line, 14, false, p.italic());
          }
        } else if (block instanceof Table t) {
          table(doc, t);
        }
      }
      footer(doc, d);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void page(XWPFDocument doc) {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(1134));
    margins.setBottom(BigInteger.valueOf(1134));
    margins.setLeft(BigInteger.valueOf(1701));
    margins.setRight(BigInteger.valueOf(1134));
  }

  private static void header(XWPFDocument doc, AdministrativeDocument d) {
    XWPFTable table = borderless(doc.createTable(1, 2));
    XWPFTableCell left = width(table.getRow(0).getCell(0), "40%");
    XWPFTableCell right = width(table.getRow(0).getCell(1), "60%");
    XWPFParagraph body = first(left);
    if (d.parentBody() != null) {
      run(body, d.parentBody().toUpperCase(Locale.ROOT), 13, false, false);
      body = next(left);
    }
    run(body, d.issuingBody().toUpperCase(Locale.ROOT), 13, true, false);
    XWPFParagraph number = next(left);
    number.setSpacingBefore(120);
    run(number, "Số: " + (d.numberSymbol() != null ? d.numberSymbol() : "       /" + d.symbolSuffix()), 13, false,
        false);
    run(first(right), NATIONAL_TITLE, 13, true, false);
    XWPFRun motto = run(next(right), MOTTO, 14, true, false);
    motto.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
    XWPFParagraph date = next(right);
    date.setSpacingBefore(120);
    run(date, d.place() + ", " + (d.date() == null ? "ngày     tháng     năm     "
        : "ngày " + d.date().getDayOfMonth() + " tháng " + d.date().getMonthValue() + " năm " + d.date().getYear()),
        14, false, true);
  }

  private static void footer(XWPFDocument doc, AdministrativeDocument d) {
    paragraph(doc, ParagraphAlignment.LEFT);
    XWPFTable table = borderless(doc.createTable(1, 2));
    XWPFTableCell left = width(table.getRow(0).getCell(0), "50%");
    XWPFTableCell right = width(table.getRow(0).getCell(1), "50%");
    XWPFParagraph title = first(left);
    title.setAlignment(ParagraphAlignment.LEFT);
    run(title, "Nơi nhận:", 12, true, true);
    for (String recipient : d.recipients()) {
      XWPFParagraph p = next(left);
      p.setAlignment(ParagraphAlignment.LEFT);
      run(p, recipient, 11, false, false);
    }
    XWPFParagraph authority = first(right);
    if (d.signerAuthority() != null) {
      run(authority, d.signerAuthority(), 14, true, false);
      authority = next(right);
    }
    run(authority, d.signerPosition(), 14, true, false);
    run(next(right), d.signerName() == null ? "" : "(Đã ký)", 14, false, true);
    XWPFParagraph name = next(right);
    name.setSpacingBefore(720);
    run(name, d.signerName() == null ? "" : d.signerName(), 14, true, false);
  }

  private static void table(XWPFDocument doc, Table t) {
    XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
    table.setWidth("100%");
    fill(table, 0, t.headers(), true);
    for (int i = 0; i < t.rows().size(); i++) {
      fill(table, i + 1, t.rows().get(i), false);
    }
    paragraph(doc, ParagraphAlignment.LEFT);
  }

  private static void fill(XWPFTable table, int row, List<String> values, boolean bold) {
    for (int c = 0; c < values.size(); c++) {
      XWPFParagraph p = first(table.getRow(row).getCell(c));
      run(p, values.get(c) == null ? "" : values.get(c), 12, bold, false);
    }
  }

  private static XWPFTable borderless(XWPFTable table) {
    table.removeBorders();
    table.setWidth("100%");
    return table;
  }

  private static XWPFTableCell width(XWPFTableCell cell, String width) {
    cell.setWidth(width);
    return cell;
  }

  private static XWPFParagraph first(XWPFTableCell cell) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setAlignment(ParagraphAlignment.CENTER);
    return p;
  }

  private static XWPFParagraph next(XWPFTableCell cell) {
    XWPFParagraph p = cell.addParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    return p;
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(alignment);
    return p;
  }

  private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
    XWPFRun run = p.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    run.setItalic(italic);
    run.setText(text);
    return run;
  }
}
