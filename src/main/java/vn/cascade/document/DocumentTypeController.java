package vn.cascade.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The document types of Decree 30/2020 (Appendix III), for forms and integrators. */
@RestController
@RequestMapping("/api/document-types")
@Tag(name = "Loại văn bản (document types)")
class DocumentTypeController {

  /** A type: its code (as the API takes it), name and abbreviation (null for công văn and thư công). */
  record TypeView(String code, String name, String abbreviation, String example) {}

  @Operation(summary = "Danh mục loại văn bản hành chính và chữ viết tắt (Nghị định 30/2020/NĐ-CP, Phụ lục III)")
  @GetMapping
  public List<TypeView> types() {
    return Arrays.stream(DocumentType.values())
        .map(t -> new TypeView(t.name(), t.label(), t.abbreviation(), t.numberSymbol(12, "UBND", "KTTH")))
        .toList();
  }
}
