package vn.cascade.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table of Decree 30/2020, Appendix III, and how a number and symbol is read and written with it. */
class DocumentTypeTest {

  @Test
  void theTableHasTheTwentyNineTypesOfArticle7WithTheAbbreviationsOfAppendixIII() {
    assertThat(DocumentType.values()).hasSize(29);
    assertThat(Arrays.stream(DocumentType.values()).map(DocumentType::abbreviation).toList()).containsExactly(
        "NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ",
        null, "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", null);
    assertThat(DocumentType.CONG_DIEN.label()).isEqualTo("Công điện");
    assertThat(DocumentType.CONG_DIEN.heading()).isEqualTo("CÔNG ĐIỆN");
  }

  @Test
  void theSymbolShowsTheType() {
    assertThat(DocumentType.ofSymbol("17/CĐ-TTg")).isEqualTo(DocumentType.CONG_DIEN);
    assertThat(DocumentType.ofSymbol("687/QĐ-TTg")).isEqualTo(DocumentType.QUYET_DINH);
    assertThat(DocumentType.ofSymbol("10594/BC-BKHĐT")).isEqualTo(DocumentType.BAO_CAO);
    assertThat(DocumentType.ofSymbol("646/VPCP-KTTH")).isEqualTo(DocumentType.CONG_VAN);
    assertThat(DocumentType.ofSymbol("2137/STC-QLN")).isEqualTo(DocumentType.CONG_VAN);
    // case matters: CT is a chỉ thị, CTr a chương trình
    assertThat(DocumentType.ofSymbol("05/CTr-UBND")).isEqualTo(DocumentType.CHUONG_TRINH);
    assertThat(DocumentType.ofSymbol("05/CT-TTg")).isEqualTo(DocumentType.CHI_THI);
  }

  @Test
  void aSymbolMatchesItsTypeOrIsRefusedWithAReason() {
    assertThat(DocumentType.CONG_DIEN.symbolRefusal("17/CĐ-TTg")).isNull();
    assertThat(DocumentType.QUYET_DINH.symbolRefusal("687/QĐ-TTg")).isNull();
    assertThat(DocumentType.CONG_VAN.symbolRefusal("646/VPCP-KTTH")).isNull();
    assertThat(DocumentType.CONG_VAN.symbolRefusal("17/CĐ-TTg")).contains("là của công điện");
    assertThat(DocumentType.CHI_THI.symbolRefusal("05/CTr-UBND"))
        .isEqualTo("Số, ký hiệu 05/CTr-UBND không phù hợp với loại văn bản Chỉ thị: ký hiệu của chỉ thị bắt đầu "
            + "bằng CT, ví dụ 12/CT-UBND (CTr là ký hiệu của chương trình).");
    assertThat(DocumentType.QUYET_DINH.symbolRefusal("687/QD-TTg")).contains("bắt đầu bằng QĐ");
    assertThat(DocumentType.KE_HOACH.symbolRefusal("12/KH")).contains("thiếu chữ viết tắt tên cơ quan ban hành");
  }

  @Test
  void numbersAreWrittenAsTheTypeWantsThem() {
    assertThat(DocumentType.CONG_VAN.numberSymbol(1, "UBND", "KTTH")).isEqualTo("01/UBND-KTTH");
    assertThat(DocumentType.KE_HOACH.numberSymbol(12, "UBND", "KTTH")).isEqualTo("12/KH-UBND");
    assertThat(DocumentType.BAO_CAO.numberSymbol(5, "UBND", null)).isEqualTo("05/BC-UBND");
    assertThat(DocumentType.CONG_DIEN.numberSymbol(17, "TTg", null)).isEqualTo("17/CĐ-TTg");
    assertThat(DocumentType.CONG_VAN.reference("01/UBND-KTTH", "UBND huyện Ngọc Hồi"))
        .isEqualTo("Công văn số 01/UBND-KTTH của UBND huyện Ngọc Hồi");
  }

  @Test
  void theFormsOfferTheTypesOfTheTable() throws Exception {
    assertThat(selectValues("directive-register.form", "incomingType"))
        .containsExactlyElementsOf(Arrays.stream(DocumentType.values()).map(Enum::name).toList());
    assertThat(selectValues("directive-draft.form", "dispatchType"))
        .containsExactlyInAnyOrderElementsOf(DocumentType.ASSIGNING.stream().map(Enum::name).toList());
  }

  private static List<String> selectValues(String form, String key) throws Exception {
    JsonNode root = new ObjectMapper().readTree(new File("bpmn/" + form));
    List<String> values = new ArrayList<>();
    for (JsonNode c : root.findParents("key")) {
      if (key.equals(c.get("key").asText())) {
        c.get("values").forEach(v -> {
          values.add(v.get("value").asText());
          assertThat(v.get("label").asText()).startsWith(DocumentType.valueOf(v.get("value").asText()).label());
        });
      }
    }
    assertThat(values).as(form + " " + key).isNotEmpty();
    return values;
  }
}
