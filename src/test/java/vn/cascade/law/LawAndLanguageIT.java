package vn.cascade.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.directive.DirectiveProcess;
import vn.cascade.dispatch.Dispatch;
import vn.cascade.dispatch.DispatchRepository;
import vn.cascade.directive.IncomingDocumentRepository;
import vn.cascade.support.Api;

/**
 * Issue 15 through the REST APIs, as the demo users: the document types of Decree 30/2020 (a công điện registered as
 * such, a symbol that does not match its type refused, a dispatch issued as a kế hoạch), Vietnamese names in
 * Vietnamese order (API, Camunda's profile, mails, form options), and two dispatches numbered {@code NN/UBND-KTTH} by
 * the province and by a district, told apart by their issuer in the mails.
 */
// the same configuration as SeedCycleIT, so both share one application context: a second context would register
// its engine as Camunda's "default" and take /engine-rest of the first context's server (ProcessEngines is static).
// So it shares the database too: it names its own documents, picks units SeedCycleIT does not count, and filters
// tasks and mails by its own dispatch numbers.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true",
    "cascade.attachments.max-bytes=200000"})
@ActiveProfiles({"test", "demo"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LawAndLanguageIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired IncomingDocumentRepository incoming;
  @Autowired DispatchRepository dispatches;
  @Autowired WorkingDayCalendar calendar;
  @Autowired JdbcTemplate jdbc;

  Api as(String user) {
    return Api.as(port, user);
  }

  LocalDate due() {
    return calendar.addWorkingDays(LocalDate.now(WorkingDayCalendar.ZONE), 20);
  }

  // ------------------------------------------------------------------ 1. document types

  @Test
  @Order(1)
  void everyTypeOfAppendixIIIIsOfferedWithItsAbbreviation() {
    JsonNode types = as("vanthu").get("/api/document-types").json();
    assertThat(types).hasSize(29);
    Map<String, String> abbreviations = new LinkedHashMap<>();
    types.forEach(t -> abbreviations.put(t.get("name").asText(), t.get("abbreviation").isNull() ? null
        : t.get("abbreviation").asText()));
    assertThat(abbreviations).containsEntry("Công điện", "CĐ").containsEntry("Quy định", "QyĐ")
        .containsEntry("Chương trình", "CTr").containsEntry("Tờ trình", "TTr").containsEntry("Kế hoạch", "KH")
        .containsEntry("Báo cáo", "BC").containsEntry("Giấy nghỉ phép", "GNP").containsEntry("Công văn", null)
        .containsEntry("Thư công", null);
    assertThat(types.get(0).get("code").asText()).isEqualTo("NGHI_QUYET");
  }

  @Test
  @Order(2)
  void aSymbolThatDoesNotMatchTheChosenTypeIsRefusedInVietnamese() {
    long before = incoming.count();
    Api.Response asLetter = as("vanthu").postJson("/api/directives", registration("17/CĐ-TTg", "ttg", "CONG_VAN"));
    assertThat(asLetter.status()).as(asLetter.body()).isEqualTo(400);
    assertThat(asLetter.json().get("errors").get(0).get("field").asText()).isEqualTo("incomingNumber");
    assertThat(asLetter.json().get("message").asText())
        .isEqualTo("Số, ký hiệu 17/CĐ-TTg là của công điện (CĐ), không phải công văn; chọn loại Công điện hoặc sửa ký hiệu.");

    Api.Response asDirective = as("vanthu").postJson("/api/directives",
        registration("687/QĐ-TTg", "ttg", "CHI_THI"));
    assertThat(asDirective.status()).isEqualTo(400);
    assertThat(asDirective.json().get("message").asText()).contains("không phù hợp với loại văn bản Chỉ thị")
        .contains("bắt đầu bằng CT").contains("QĐ là ký hiệu của quyết định");

    Api.Response unknownType = as("vanthu").postJson("/api/directives", registration("18/CĐ-TTg", "ttg", "SAC_LENH"));
    assertThat(unknownType.status()).isEqualTo(400);
    assertThat(unknownType.json().get("message").asText()).contains("không có trong danh mục của Nghị định 30/2020");
    assertThat(incoming.count()).isEqualTo(before);
  }

  static String telegramPid;
  static String planNumber;

  @Test
  @Order(3)
  void aTelegramOfThePrimeMinisterIsRegisteredAsSuchAndMailedWithItsTypeAndIssuer() {
    Api.Response registered = as("vanthu").postJson("/api/directives", registration("17/CĐ-TTg", "ttg", "CONG_DIEN"));
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    telegramPid = registered.json().get("processInstanceId").asText();
    assertThat(incoming.findByProcessInstanceId(telegramPid).orElseThrow().getDocType()).isEqualTo("CONG_DIEN");

    // the provincial leader's mail names the document: type, number and issuer
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mails("chutich", "ASSIGNED"))
        .anySatisfy(m -> assertThat(m.get("subject").asText())
            .isEqualTo("[Cascade] Nhiệm vụ mới - Công điện số 17/CĐ-TTg của Thủ tướng Chính phủ: "
                + "Cho ý kiến chỉ đạo, giao cơ quan tham mưu")));
  }

  @Test
  @Order(4)
  void theProvinceAssignsTheTasksWithAPlanNumberedAsAPlan() {
    String pid = telegramPid;
    assertThat(as("chutich").complete(pid, DirectiveProcess.Elements.DECIDE, Api.vars("advisoryUnit", "skhdt",
        "draftDeadline", due().toString())).status()).isEqualTo(204);

    // a giấy mời does not assign tasks
    Api.Response invitation = as("skhdt.chuyenvien").complete(pid, DirectiveProcess.Elements.DRAFT,
        draft("GIAY_MOI", "KTTH", List.of(item("Triển khai công điện.", "sxd", due()))));
    assertThat(invitation.status()).isEqualTo(400);
    assertThat(invitation.json().get("message").asText()).startsWith("Giấy mời không dùng để giao nhiệm vụ");

    assertThat(as("skhdt.chuyenvien").complete(pid, DirectiveProcess.Elements.DRAFT, draft("KE_HOACH", "KTTH",
        List.of(item("Sử dụng vật liệu xây dựng tái chế trong các công trình.", "sxd", due()))))
        .status()).isEqualTo(204);
    assertThat(as("skhdt.lanhdao").complete(pid, DirectiveProcess.Elements.SUBMIT, Api.vars("leaderDecision", "submit")).status())
        .isEqualTo(204);
    assertThat(as("chutich").complete(pid, DirectiveProcess.Elements.APPROVE, Api.vars("approvalDecision", "approve")).status())
        .isEqualTo(204);

    long dispatchId = Long.parseLong(variable("chutich", pid, "dispatchId"));
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
        dispatches.findById(dispatchId).map(Dispatch::getNumberSymbol)).hasValueSatisfying(n -> assertThat(n)
        .matches("\\d{2,}/KH-UBND")));
    String number = dispatches.findById(dispatchId).orElseThrow().getNumberSymbol();
    planNumber = number;
    JsonNode view = as("stc.theodoi").get("/api/dispatches/" + dispatchId).json();
    assertThat(view.get("numberSymbol").asText()).isEqualTo(number);
    assertThat(view.get("typeName").asText()).isEqualTo("Kế hoạch");
    assertThat(view.get("reference").asText()).isEqualTo("Kế hoạch số " + number + " của Ủy ban nhân dân tỉnh Kon Tum");

    // the unit's leader is mailed about a kế hoạch of the provincial People's Committee, greeted by name
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mails("sxd.lanhdao", "ASSIGNED"))
        .anySatisfy(m -> {
          assertThat(m.get("subject").asText()).isEqualTo("[Cascade] Nhiệm vụ mới - Kế hoạch số " + number
              + " của Ủy ban nhân dân tỉnh Kon Tum: Tiếp nhận, phân công chuyên viên");
          assertThat(m.get("recipientName").asText()).isEqualTo("Quách Văn Hải");
          assertThat(m.get("body").asText()).contains("Kính gửi ông/bà <strong>Quách Văn Hải</strong>")
              .contains("Kế hoạch số " + number + " của Ủy ban nhân dân tỉnh Kon Tum");
        }));
  }

  // ------------------------------------------------------------------ 2. names

  @Test
  @Order(5)
  void namesAreInVietnameseOrderInTheApiInCamundaAndInForms() {
    assertThat(as("stnmt.chuyenvien").get("/api/me").json().get("name").asText()).isEqualTo("Trịnh Thu Hà");
    assertThat(as("chutich").get("/api/me").json().get("name").asText()).isEqualTo("Nguyễn Văn Hòa");
    // Camunda's webapps show "first last": first name = family and middle name, last name = given name
    JsonNode profile = as("stnmt.chuyenvien").get("/engine-rest/user/stnmt.chuyenvien/profile").json();
    assertThat(profile.get("firstName").asText()).isEqualTo("Trịnh Thu");
    assertThat(profile.get("lastName").asText()).isEqualTo("Hà");

    // the leader's form offers the specialists by their Vietnamese names
    List<String> found = assignments("sxd", planNumber);
    assertThat(found).hasSize(1);
    JsonNode task = as("sxd.lanhdao").task(found.get(0), AssignmentProcess.Elements.RECEIVE);
    String formVariables = as("sxd.lanhdao").get("/engine-rest/task/" + task.get("id").asText()
        + "/form-variables?deserializeValues=false").body();
    assertThat(formVariables).contains("Tôn Nữ Tường Vy").doesNotContain("Vy Tôn");
  }

  // ------------------------------------------------------------------ 8. the issuer tells same numbers apart

  @Test
  @Order(6)
  void twoDispatchesNumberedAlikeByTwoPeoplesCommitteesAreToldApartByTheirIssuer() {
    // the ministry's report 10594/BC-BKHĐT of 23/12/2024 on the scheme, which the Government Office forwarded
    Map<String, Object> report = registration("10594/BC-BKHĐT", "bkhdt", "BAO_CAO");
    report.put("incomingDate", "2024-12-23");
    Api.Response registered = as("vanthu").postJson("/api/directives", report);
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String pid = registered.json().get("processInstanceId").asText();
    as("chutich").complete(pid, DirectiveProcess.Elements.DECIDE, Api.vars("advisoryUnit", "skhdt", "draftDeadline",
        due().toString()));
    as("skhdt.chuyenvien").complete(pid, DirectiveProcess.Elements.DRAFT, draft("CONG_VAN", "KTTH",
        List.of(item("Lồng ghép kinh tế tuần hoàn vào quy hoạch, kế hoạch của địa phương.", "ngoc-hoi", due()))));
    as("skhdt.lanhdao").complete(pid, DirectiveProcess.Elements.SUBMIT, Api.vars("leaderDecision", "submit"));
    // the province and the district are at the same point of their series
    int next = alignCounters("ubnd-tinh", "ngoc-hoi");
    assertThat(as("chutich").complete(pid, DirectiveProcess.Elements.APPROVE, Api.vars("approvalDecision", "approve")).status())
        .isEqualTo(204);
    String provincial = String.format("%02d/UBND-KTTH", next);
    await().atMost(Duration.ofSeconds(60)).until(() -> !assignments("ngoc-hoi", provincial).isEmpty());

    // the district re-dispatches to its communes with the same drafting symbol: the same number and symbol
    String district = assignments("ngoc-hoi", provincial).get(0);
    assertThat(as("ngoc-hoi.lanhdao").complete(district, AssignmentProcess.Elements.RECEIVE, Api.vars("handling", "redispatch")).status())
        .isEqualTo(204);
    LocalDate communeDue = calendar.addWorkingDays(due(), -3);
    assertThat(as("ngoc-hoi.chuyenvien").complete(district, AssignmentProcess.Elements.DRAFT_SUB_DISPATCH, Api.vars(
        "subDispatchSummary", "V/v triển khai Công văn số " + provincial + " của UBND tỉnh",
        "subDispatchSymbol", "KTTH",
        "subItems", Map.of("value", json(List.of(item("Tuyên truyền về kinh tế tuần hoàn.", "bo-y", communeDue))),
            "type", "Json"))).status()).isEqualTo(204);
    assertThat(as("ngoc-hoi.lanhdao").complete(district, AssignmentProcess.Elements.SIGN_SUB_DISPATCH, Api.vars("signSubDecision", "approve"))
        .status()).isEqualTo(204);
    await().atMost(Duration.ofSeconds(60)).until(() -> !assignments("bo-y", provincial).isEmpty());
    assertThat(variable("ngoc-hoi.lanhdao", district, "subDispatchNumber")).isEqualTo(provincial);

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      assertThat(mails("ngoc-hoi.lanhdao", "ASSIGNED")).extracting(m -> m.get("subject").asText())
          .contains("[Cascade] Nhiệm vụ mới - Công văn số " + provincial
              + " của Ủy ban nhân dân tỉnh Kon Tum: Tiếp nhận, phân công chuyên viên");
      assertThat(mails("bo-y.lanhdao", "ASSIGNED")).extracting(m -> m.get("subject").asText())
          .contains("[Cascade] Nhiệm vụ mới - Công văn số " + provincial
              + " của UBND huyện Ngọc Hồi: Tiếp nhận, phân công chuyên viên");
    });
    assertThat(mails("bo-y.lanhdao", "ASSIGNED")).anySatisfy(m -> assertThat(m.get("body").asText())
        .contains("Kính gửi ông/bà <strong>A Văn Phương</strong>").contains("của UBND huyện Ngọc Hồi"));
    // the commune's list of tasks names the district's dispatch with its issuer too
    JsonNode communeTasks = as("bo-y.lanhdao").get("/api/assignments").json();
    assertThat(communeTasks.findValuesAsText("dispatch"))
        .contains("Công văn số " + provincial + " của UBND huyện Ngọc Hồi");
  }

  // ------------------------------------------------------------------ 4. the working-day calendar

  @Test
  @Order(7)
  void theCalendarCountsWorkingDaysAndCivilCodePeriodsForAnyoneSignedIn() {
    // Tết Bính Ngọ: Sat 14/2 – Sun 22/2/2026 off, so one working day after Fri 13/2/2026 is Mon 23/2/2026
    JsonNode tet = as("skhcn.chuyenvien").get("/api/calendar/due-date?from=2026-02-13&workingDays=1").json();
    assertThat(tet.get("dueDate").asText()).isEqualTo("2026-02-23");
    assertThat(tet.get("weekday").asText()).isEqualTo("Thứ Hai");
    assertThat(tet.get("dueDateText").asText()).isEqualTo("23/02/2026");
    // 30/4 – 4/5/2025 off (Fri 2/5 swapped with Sat 26/4): five working days after Mon 28/4/2025 end Thu 8/5/2025
    assertThat(as("vanthu").get("/api/calendar/due-date?from=2025-04-28&workingDays=5").json().get("dueDate")
        .asText()).isEqualTo("2025-05-08");
    // and two working days before the first working day after Tết 2026 (for reminders)
    assertThat(as("vanthu").get("/api/calendar/due-date?from=2026-02-23&workingDays=-2").json().get("dueDate")
        .asText()).isEqualTo("2026-02-12");

    JsonNode makeUp = as("vanthu").get("/api/calendar/working-day?date=2025-04-26").json();
    assertThat(makeUp.get("workingDay").asBoolean()).isTrue();
    assertThat(makeUp.get("makeUpWorkingDay").asBoolean()).isTrue();
    assertThat(makeUp.get("weekday").asText()).isEqualTo("Thứ Bảy");
    JsonNode hungKings = as("vanthu").get("/api/calendar/working-day?date=2025-04-07").json();
    assertThat(hungKings.get("workingDay").asBoolean()).isFalse();
    assertThat(hungKings.get("dayOff").get("name").asText()).startsWith("Giỗ Tổ Hùng Vương");
    // 10/3 lunar fell on Sun 26/4/2026: given back on Mon 27/4/2026
    JsonNode givenBack = as("stc.theodoi").get("/api/calendar/working-day?date=2026-04-27").json();
    assertThat(givenBack.get("workingDay").asBoolean()).isFalse();
    assertThat(givenBack.get("dayOff").get("name").asText()).endsWith("(nghỉ bù)");
    assertThat(as("stc.theodoi").get("/api/calendar/working-day?date=2026-04-28").json().get("workingDay")
        .asBoolean()).isTrue();

    // Civil Code Art. 147–148: ten days from Wed 4/2/2026 end on Sat 14/2, a day off (Tết): at the end of Mon 23/2
    JsonNode period = as("stc.theodoi").get("/api/calendar/period-end?from=2026-02-04&days=10").json();
    assertThat(period.get("nominalEnd").asText()).isEqualTo("2026-02-14");
    assertThat(period.get("end").asText()).isEqualTo("2026-02-23");
    assertThat(period.get("moved").asBoolean()).isTrue();
    assertThat(period.get("note").asText()).contains("Tết Nguyên đán Bính Ngọ").contains("23/02/2026");
    // ten days from Tue 20/4/2027 end on Fri 30/4, a holiday; 1/5 is a Saturday given back on Mon 3/5: Tue 4/5/2027
    assertThat(as("stc.theodoi").get("/api/calendar/period-end?from=2027-04-20&days=10").json().get("end").asText())
        .isEqualTo("2027-05-04");
    JsonNode plain = as("stc.theodoi").get("/api/calendar/period-end?from=2025-09-17&days=15").json();
    assertThat(plain.get("end").asText()).isEqualTo("2025-10-02");
    assertThat(plain.get("moved").asBoolean()).isFalse();

    JsonNode year2026 = as("chutich").get("/api/calendar/days-off?year=2026").json();
    List<String> days = new ArrayList<>();
    year2026.get("daysOff").forEach(d -> days.add(d.get("date").asText()));
    assertThat(days).contains("2026-01-01", "2026-02-14", "2026-02-22", "2026-04-27", "2026-04-30", "2026-05-01",
        "2026-09-01", "2026-09-02").doesNotContain("2026-04-26");
    // 365 days, 104 Saturdays and Sundays, 11 weekdays off (5 of Tết, 1/1, 27/4, 30/4, 1/5, 1/9, 2/9)
    assertThat(year2026.get("workingDays").asInt()).isEqualTo(250);
    JsonNode year2027 = as("chutich").get("/api/calendar/days-off?year=2027").json();
    assertThat(year2027.get("daysOff")).anySatisfy(d -> {
      assertThat(d.get("date").asText()).isEqualTo("2027-02-05");
      assertThat(d.get("provisional").asBoolean()).isTrue();
    });
    assertThat(as("chutich").get("/api/calendar/years").json().get("years").toString()).isEqualTo("[2025,2026,2027]");
  }

  @Test
  @Order(8)
  void outsideTheYearsOfTheHolidayTableAndOnBadInputTheCalendarAnswersAVietnamese400() {
    Api.Response outside = as("vanthu").get("/api/calendar/working-day?date=2028-01-03");
    assertThat(outside.status()).isEqualTo(400);
    assertThat(outside.json().get("message").asText()).startsWith("Lịch nghỉ lễ chưa có năm 2028")
        .contains("2025, 2026, 2027");
    // a count that runs past the last known year is refused too, not computed without its holidays
    Api.Response runsOut = as("vanthu").get("/api/calendar/due-date?from=2027-12-28&workingDays=5");
    assertThat(runsOut.status()).isEqualTo(400);
    assertThat(runsOut.json().get("message").asText()).startsWith("Lịch nghỉ lễ chưa có năm 2028");
    assertThat(as("vanthu").get("/api/calendar/days-off?year=2024").json().get("message").asText())
        .startsWith("Lịch nghỉ lễ chưa có năm 2024");

    Api.Response bad = as("vanthu").get("/api/calendar/due-date?from=13-02-2026");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactly("from", "workingDays");
    assertThat(bad.body()).contains("không đúng định dạng ngày").contains("Chưa nhập số ngày làm việc");
    assertThat(as("vanthu").get("/api/calendar/period-end?from=2026-02-04&days=-3").json().get("message").asText())
        .isEqualTo("Số ngày của thời hạn không được âm.");
    assertThat(Api.anonymous(port).get("/api/calendar/years").status()).isEqualTo(401);
  }

  // ------------------------------------------------------------------ helpers

  /** Sets both issuers' counters of this year to the same last number; returns the number each issues next. */
  int alignCounters(String... issuers) {
    int year = LocalDate.now(WorkingDayCalendar.ZONE).getYear();
    int last = 0;
    for (String issuer : issuers) {
      last = Math.max(last, jdbc.queryForList("select last_number from document_counter where issuer_code = ? "
          + "and issue_year = ?", Integer.class, issuer, year).stream().findFirst().orElse(0));
    }
    for (String issuer : issuers) {
      if (jdbc.update("update document_counter set last_number = ? where issuer_code = ? and issue_year = ?",
          last, issuer, year) == 0) {
        jdbc.update("insert into document_counter (issuer_code, issue_year, last_number) values (?, ?, ?)",
            issuer, year, last);
      }
    }
    return last + 1;
  }

  /** The mails to a user of a kind, newest first, as the provincial leader reads them in the outbox. */
  List<JsonNode> mails(String user, String kind) {
    List<JsonNode> result = new ArrayList<>();
    as("chutich").get("/api/outbox?kind=" + kind + "&limit=1000").json().forEach(m -> {
      if (m.get("recipientUser").asText().equals(user)) {
        result.add(m);
      }
    });
    return result;
  }

  /** The unit's assignment instances of the dispatch numbered {@code dispatchNumber}. */
  List<String> assignments(String unit, String dispatchNumber) {
    List<String> ids = new ArrayList<>();
    as("chutich").postJson("/engine-rest/process-instance", Map.of("processDefinitionKey", AssignmentProcess.KEY,
        "variables", List.of(Map.of("name", "unitCode", "operator", "eq", "value", unit)))).json().forEach(pi -> {
          String id = pi.get("id").asText();
          if (dispatchNumber == null || dispatchNumber.equals(variable("chutich", id, "dispatchNumber"))) {
            ids.add(id);
          }
        });
    return ids;
  }

  String variable(String user, String pid, String name) {
    Api.Response value = as(user).get("/engine-rest/process-instance/" + pid + "/variables/" + name);
    return value.status() == 200 ? value.json().get("value").asText() : null;
  }

  static Map<String, Object> registration(String number, String issuer, String type) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("incomingNumber", number);
    data.put("incomingDate", "2025-01-24");
    data.put("incomingIssuer", issuer);
    data.put("incomingType", type);
    data.put("incomingSummary", "V/v tiếp tục triển khai Đề án phát triển kinh tế tuần hoàn tại Việt Nam");
    return data;
  }

  static Map<String, Object> draft(String type, String symbol, List<Map<String, Object>> items) {
    return Api.vars("dispatchType", type,
        "dispatchSummary", "V/v triển khai thực hiện Đề án phát triển kinh tế tuần hoàn",
        "dispatchSymbol", symbol,
        "items", Map.of("value", json(items), "type", "Json"));
  }

  static Map<String, Object> item(String text, String lead, LocalDate due) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("text", text);
    item.put("leadUnit", lead);
    item.put("cooperatingUnits", List.of());
    item.put("dueDate", due.toString());
    return item;
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
