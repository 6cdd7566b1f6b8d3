package vn.cascade.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The parts of an administrative document (văn bản hành chính) that Decree 30/2020/NĐ-CP requires, in the order
 * they are laid out: issuing body (under its parent body), number and symbol, national title and motto, place and
 * date, type and summary (trích yếu), content, the signer's authority, position and name, and recipients
 * (Nơi nhận). A null number or date leaves the blank a draft has before it is numbered and signed.
 */
public record AdministrativeDocument(String parentBody, String issuingBody, String numberSymbol, String symbolSuffix,
    String place, LocalDate date, String type, String summary, List<Block> content, String signerAuthority,
    String signerPosition, String signerName, List<String> recipients) {

  /** A piece of content. */
  public sealed interface Block permits Heading, Paragraph, Table {}

  /** A numbered heading such as "I. Tình hình ..." or "1. Kết quả đạt được". */
  public record Heading(String text) implements Block {}

  /** Body text; each line becomes a paragraph. */
  public record Paragraph(String text, boolean italic) implements Block {
    public Paragraph(String text) {
      this(text, false);
    }
  }

  /** A table with a header row. */
  public record Table(List<String> headers, List<List<String>> rows) implements Block {}
}
