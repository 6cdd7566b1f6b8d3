package vn.cascade.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cascade.support.Api.vars;
import static vn.cascade.support.CycleDriver.item;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.assignment.AssignmentRepository;
import vn.cascade.directive.DirectiveProcess;
import vn.cascade.support.Api;
import vn.cascade.support.CycleDriver;

/**
 * Hostile input against the running application over HTTP, with the users' own credentials: wrong types, texts
 * over the column sizes, broken JSON, dates outside the holiday table, unknown ids, oversized uploads, missing
 * decisions, Java-serialized values, on Cascade's API, on {@code /engine-rest} and on Tasklist's engine API. Each
 * must be a clean 4xx in Cascade's format (or Camunda's on the engine APIs), in Vietnamese, naming the field where
 * there is one, with no class name, SQL or stack trace, and must write nothing. Then the web hardening: Cascade's
 * error body for unknown paths and methods, security headers, the session cookie behind TLS, login throttling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true",
    "cascade.attachments.max-bytes=200000"})
@ActiveProfiles({"test", "demo"})
// its open work would show in the other suites' unit lists: a database (and application context) of its own
@TestPropertySource(properties = "spring.datasource.url="
    + "${cascade.test.hostile-url:jdbc:h2:mem:cascade-hostile;DB_CLOSE_DELAY=-1}")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

  static final Pattern VIETNAMESE = Pattern.compile(
      "[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵĐ]");
  /** A Java class or package name, SQL, an engine code, a stack frame. */
  static final Pattern TECHNICAL = Pattern.compile(
      "\\b(java|javax|jakarta|org|com|vn)\\.[a-z]+\\.|\\$[A-Z]|Exception|ENGINE-\\d|SQL|\\bselect\\b|\\binsert into\\b"
          + "|\\tat |JSON parse error|Cannot |No static resource", Pattern.CASE_INSENSITIVE);
  static final String MEGA = "a".repeat(1_000_000);
  static final String SYMBOL = "HSTL";
  static final LocalDate DUE = LocalDate.now().plusDays(30);

  @LocalServerPort int port;
  @Autowired CycleDriver cycle;
  @Autowired RuntimeService runtimeService;
  @Autowired AssignmentRepository assignments;
  @Autowired JdbcTemplate jdbc;

  /** Process instances of this test (their variables, tasks and reviews are counted). */
  final List<String> pids = new ArrayList<>();
  String decide;
  String draft;
  String submit;
  String receive;
  String carryOut;
  String review;
  String completedTask;
  String endedInstance;
  long assignmentId;

  Api as(String user) {
    return Api.as(port, user);
  }

  String taskId(String pid, String key) {
    return cycle.task(pid, key).getId();
  }

  @BeforeAll
  void openWorkAtEveryStep() {
    String d1 = cycle.register(number(1), LocalDate.of(2025, 1, 24), null);
    decide = taskId(d1, DirectiveProcess.Elements.DECIDE);
    String d2 = cycle.register(number(2), LocalDate.of(2025, 1, 24), null);
    completedTask = taskId(d2, DirectiveProcess.Elements.DECIDE);
    cycle.decide(d2, "skhdt", DUE);
    draft = taskId(d2, DirectiveProcess.Elements.DRAFT);
    String d3 = cycle.register(number(3), LocalDate.of(2025, 1, 24), null);
    cycle.decide(d3, "skhdt", DUE);
    cycle.draft(d3, "skhdt.chuyenvien", List.of(item("Nhiệm vụ một.", "skhcn", DUE)));
    submit = taskId(d3, DirectiveProcess.Elements.SUBMIT);
    String d4 = cycle.approvedDispatch(number(4), LocalDate.of(2025, 1, 24), List.of(
        item("Nhiệm vụ một.", "skhcn", DUE), item("Nhiệm vụ hai.", "sct", DUE)));
    await().atMost(Duration.ofSeconds(60)).until(() -> cycle.assignments(d4).size() == 2
        && cycle.assignments(d4).values().stream().allMatch(pid -> cycle.task(pid, AssignmentProcess.Elements.RECEIVE) != null));
    String skhcn = cycle.assignments(d4).get("skhcn");
    String sct = cycle.assignments(d4).get("sct");
    receive = taskId(skhcn, AssignmentProcess.Elements.RECEIVE);
    cycle.complete(sct, AssignmentProcess.Elements.RECEIVE, "sct.lanhdao", Map.of("specialist", "sct.chuyenvien"));
    carryOut = taskId(sct, AssignmentProcess.Elements.CARRY_OUT);
    String sct2 = sct;
    String d5 = cycle.approvedDispatch(number(5), LocalDate.of(2025, 1, 24), List.of(item("Nhiệm vụ.", "sct", DUE)));
    await().atMost(Duration.ofSeconds(60)).until(() -> cycle.assignments(d5).size() == 1
        && cycle.task(cycle.assignments(d5).get("sct"), AssignmentProcess.Elements.RECEIVE) != null);
    String reviewed = cycle.assignments(d5).get("sct");
    cycle.complete(reviewed, AssignmentProcess.Elements.RECEIVE, "sct.lanhdao", Map.of("specialist", "sct.chuyenvien"));
    cycle.complete(reviewed, AssignmentProcess.Elements.CARRY_OUT, "sct.chuyenvien", Map.of("resultText", "Đã thực hiện."));
    review = taskId(reviewed, AssignmentProcess.Elements.REVIEW);
    assignmentId = assignments.findByProcessInstanceId(skhcn).orElseThrow().getId();
    String d6 = cycle.register(number(6), LocalDate.of(2025, 1, 24), null);
    runtimeService.deleteProcessInstance(d6, "test: an instance that has ended");
    endedInstance = d6;
    pids.addAll(List.of(d1, d2, d3, d4, skhcn, sct2, d5, reviewed));
  }

  static String number(int n) {
    return (900 + n) + "/VPCP-" + SYMBOL;
  }

  /** What the hostile inputs could have written: rows of this test's records, variables and state of its work. */
  Map<String, Object> written() {
    String in = "('" + String.join("','", pids) + "')";
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("incoming", jdbc.queryForObject("SELECT COUNT(*) FROM incoming_document", Long.class));
    state.put("units", jdbc.queryForObject("SELECT COUNT(*) FROM unit", Long.class));
    state.put("dispatches", jdbc.queryForObject("SELECT COUNT(*) FROM dispatch WHERE process_instance_id IN " + in,
        Long.class));
    state.put("items", jdbc.queryForObject("SELECT COUNT(*) FROM dispatch_item", Long.class));
    state.put("extensions", jdbc.queryForObject("SELECT COUNT(*) FROM extension_request WHERE assignment_id = ?",
        Long.class, assignmentId));
    state.put("reportRequests", jdbc.queryForObject("SELECT COUNT(*) FROM report_request WHERE request_number LIKE ?",
        Long.class, "%-" + SYMBOL));
    state.put("regimes", jdbc.queryForObject("SELECT COUNT(*) FROM report_regime WHERE name LIKE ?", Long.class,
        SYMBOL + "%"));
    state.put("restructurings", jdbc.queryForObject("SELECT COUNT(*) FROM restructuring", Long.class));
    state.put("reviews", jdbc.queryForObject("SELECT COUNT(*) FROM review_entry WHERE process_instance_id IN " + in,
        Long.class));
    state.put("results", jdbc.queryForList("SELECT state || ':' || COALESCE(result_text, '') FROM assignment "
        + "WHERE process_instance_id IN " + in + " ORDER BY id", String.class));
    state.put("openTasks", jdbc.queryForList("SELECT ID_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ IN " + in
        + " ORDER BY ID_", String.class));
    state.put("variables", jdbc.queryForList("SELECT NAME_ || '=' || COALESCE(TEXT_, '') || COALESCE(CAST(LONG_ AS "
        + "VARCHAR(30)), '') FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ IN " + in + " ORDER BY ID_", String.class));
    return state;
  }

  record Hostile(String name, Supplier<Api.Response> call, int status, String field) {}

  static Hostile hostile(String name, int status, String field, Supplier<Api.Response> call) {
    return new Hostile(name, call, status, field);
  }

  static Map<String, Object> directive(String key, Object value) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("incomingNumber", number(50));
    data.put("incomingDate", "2025-01-24");
    data.put("incomingIssuer", "vpcp");
    data.put("incomingType", "CONG_VAN");
    data.put("incomingSummary", "V/v tình hình thực hiện Đề án");
    data.put("centralDeadline", DUE.toString());
    data.put(key, value);
    return data;
  }

  static Map<String, Object> reportRequest(String key, Object value) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("requestNumber", "2999/STC-" + SYMBOL);
    data.put("requestDate", "2025-09-17");
    data.put("subject", "Báo cáo tình hình thực hiện Đề án");
    data.put("unitTargets", List.of("skhcn"));
    data.put("unitDeadline", DUE.toString());
    data.put("sendDeadline", DUE.plusDays(14).toString());
    data.put(key, value);
    return data;
  }

  static Map<String, Object> regime(String key, Object value) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("name", SYMBOL + " báo cáo quý");
    data.put("kind", "QUARTERLY");
    data.put("subject", "Báo cáo quý");
    data.put("unitTargets", List.of("skhcn"));
    data.put("unitWorkingDays", 2);
    data.put("openWorkingDays", 5);
    data.put(key, value);
    return data;
  }

  static Map<String, Object> unit(String key, Object value) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("code", "hstl-x");
    data.put("name", "Đơn vị thử");
    data.put("kind", "DEPARTMENT");
    data.put("parentCode", "ubnd-tinh");
    data.put("symbol", "HSTL");
    data.put("email", "hstl@kontum.gov.vn");
    data.put(key, value);
    return data;
  }

  static Map<String, Object> extension(String key, Object value) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("reason", "Cần thêm thời gian.");
    data.put("workingDays", 5);
    data.put(key, value);
    return data;
  }

  static Map<String, Object> typed(Object value, String type) {
    Map<String, Object> typed = new LinkedHashMap<>();
    typed.put("value", value);
    typed.put("type", type);
    return typed;
  }

  static byte[] multipart(String boundary, String dataPart, byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"\r\n"
        + "Content-Type: application/json\r\n\r\n" + dataPart + "\r\n").getBytes(StandardCharsets.UTF_8));
    if (file != null) {
      out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"a.pdf\""
          + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.writeBytes(file);
      out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  List<Hostile> apiInputs() {
    Api clerk = as("vanthu");
    Api finance = as("stc.theodoi");
    Api admin = as("admin");
    Api unitLeader = as("skhcn.lanhdao");
    Api leader = as("chutich");
    String ext = "/api/assignments/" + assignmentId + "/extension-requests";
    String boundary = "----hostile";
    String json = "application/json";
    byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    return List.of(
        hostile("directive: number true", 400, "incomingNumber",
            () -> clerk.postJson("/api/directives", directive("incomingNumber", true))),
        hostile("directive: number 5", 400, "incomingNumber",
            () -> clerk.postJson("/api/directives", directive("incomingNumber", 5))),
        hostile("directive: number an object", 400, "incomingNumber",
            () -> clerk.postJson("/api/directives", directive("incomingNumber", Map.of("a", 1)))),
        hostile("directive: summary 1 MB", 400, "incomingSummary",
            () -> clerk.postJson("/api/directives", directive("incomingSummary", MEGA))),
        hostile("directive: summary a list", 400, "incomingSummary",
            () -> clerk.postJson("/api/directives", directive("incomingSummary", List.of("a")))),
        hostile("directive: issuer 1 MB", 400, "incomingIssuer",
            () -> clerk.postJson("/api/directives", directive("incomingIssuer", MEGA))),
        hostile("directive: deadline in 2028", 400, "centralDeadline",
            () -> clerk.postJson("/api/directives", directive("centralDeadline", "2028-03-01"))),
        hostile("directive: deadline not a date", 400, "centralDeadline",
            () -> clerk.postJson("/api/directives", directive("centralDeadline", "abc"))),
        hostile("directive: date 2025-13-45", 400, "incomingDate",
            () -> clerk.postJson("/api/directives", directive("incomingDate", "2025-13-45"))),
        hostile("directive: unknown type", 400, "incomingType",
            () -> clerk.postJson("/api/directives", directive("incomingType", "NOPE"))),
        hostile("directive: body not JSON", 400, "body",
            () -> clerk.send("POST", "/api/directives", json, "{\"incomingNumber\":".getBytes())),
        hostile("directive: empty body", 400, "body", () -> clerk.send("POST", "/api/directives", json, new byte[0])),
        hostile("directive: body a list", 400, null,
            () -> clerk.send("POST", "/api/directives", json, "[]".getBytes())),
        hostile("directive: text/plain", 415, null,
            () -> clerk.send("POST", "/api/directives", "text/plain", "hello".getBytes())),
        hostile("directive: XML asked for", 400, "incomingNumber", () -> as("vanthu")
            .withHeader("Accept", "application/xml")
            .postJson("/api/directives", directive("incomingNumber", true))),
        hostile("directive multipart: data not JSON", 400, null, () -> clerk.send("POST", "/api/directives",
            "multipart/form-data; boundary=" + boundary, multipart(boundary, "{oops", null))),
        hostile("directive multipart: no data part", 400, "data", () -> clerk.send("POST", "/api/directives",
            "multipart/form-data; boundary=" + boundary, ("--" + boundary + "--\r\n").getBytes())),
        hostile("directive multipart: a text file as PDF", 400, "attachment", () -> clerk.postMultipart(
            "/api/directives", directive("incomingNumber", number(51)), "a.pdf", "application/pdf",
            "not a pdf".getBytes())),
        hostile("directive multipart: 21 MB upload", 413, "attachment", () -> clerk.send("POST", "/api/directives",
            "multipart/form-data; boundary=" + boundary, multipart(boundary, "{}", new byte[21 * 1024 * 1024]))),
        hostile("directive multipart: summary a number", 400, "incomingSummary", () -> clerk.postMultipart(
            "/api/directives", directive("incomingSummary", 42), "a.pdf", "application/pdf", pdf)),
        hostile("report request: outline 1 MB", 400, "outline",
            () -> finance.postJson("/api/report-requests", reportRequest("outline", MEGA))),
        hostile("report request: units a string", 400, "unitTargets",
            () -> finance.postJson("/api/report-requests", reportRequest("unitTargets", "skhcn"))),
        hostile("report request: units [true]", 400, "unitTargets[0]",
            () -> finance.postJson("/api/report-requests", reportRequest("unitTargets", List.of(true)))),
        hostile("report request: send deadline 2028", 400, "sendDeadline",
            () -> finance.postJson("/api/report-requests", reportRequest("sendDeadline", "2028-12-21"))),
        hostile("report request: unit deadline 2030", 400, "unitDeadline",
            () -> finance.postJson("/api/report-requests", reportRequest("unitDeadline", "2030-01-10"))),
        hostile("report request: subject 123", 400, "subject",
            () -> finance.postJson("/api/report-requests", reportRequest("subject", 123))),
        hostile("report request: directives an object", 400, "directives",
            () -> finance.postJson("/api/report-requests", reportRequest("directives", Map.of("a", "b")))),
        hostile("report request: subject 1 MB", 400, "subject",
            () -> finance.postJson("/api/report-requests", reportRequest("subject", MEGA))),
        hostile("regime: unknown kind", 400, "kind",
            () -> finance.postJson("/api/report-regimes", regime("kind", "WEEKLY"))),
        hostile("regime: working days 'abc'", 400, "unitWorkingDays",
            () -> finance.postJson("/api/report-regimes", regime("unitWorkingDays", "abc"))),
        hostile("regime: working days 2.5", 400, "unitWorkingDays",
            () -> finance.postJson("/api/report-regimes", regime("unitWorkingDays", 2.5))),
        hostile("regime: 100000 working days", 400, "openWorkingDays",
            () -> finance.postJson("/api/report-regimes", regime("openWorkingDays", 100000))),
        hostile("regime: name 1 MB", 400, "name", () -> finance.postJson("/api/report-regimes", regime("name", MEGA))),
        hostile("regime: unknown id", 404, null,
            () -> finance.send("POST", "/api/report-regimes/99999/active?value=true", null, null)),
        hostile("regime: active 'maybe'", 400, "value", () -> finance.send("POST",
            "/api/report-regimes/1/active?value=maybe", null, null)),
        hostile("unit: e-mail with a Bcc header", 400, "email",
            () -> admin.postJson("/api/units", unit("email", "a@kontum.gov.vn\r\nBcc: evil@example.com"))),
        hostile("unit: e-mail not an address", 400, "email",
            () -> admin.postJson("/api/units", unit("email", "not-an-address"))),
        hostile("unit: unknown kind", 400, "kind", () -> admin.postJson("/api/units", unit("kind", "NOPE"))),
        hostile("unit: name 1 MB", 400, "name", () -> admin.postJson("/api/units", unit("name", MEGA))),
        hostile("unit: code an object", 400, "code", () -> admin.postJson("/api/units", unit("code", Map.of("x", 1)))),
        hostile("extension: working days 'abc'", 400, "workingDays",
            () -> unitLeader.postJson(ext, extension("workingDays", "abc"))),
        hostile("extension: 400 working days", 400, "workingDays",
            () -> unitLeader.postJson(ext, extension("workingDays", 400))),
        hostile("extension: -5 working days", 400, "workingDays",
            () -> unitLeader.postJson(ext, extension("workingDays", -5))),
        hostile("extension: date in 2031", 400, "proposedDate", () -> unitLeader.postJson(ext,
            Map.of("reason", "Cần thêm thời gian.", "proposedDate", "2031-01-01"))),
        hostile("extension: date 31/02/2026", 400, "proposedDate", () -> unitLeader.postJson(ext,
            Map.of("reason", "Cần thêm thời gian.", "proposedDate", "31/02/2026"))),
        hostile("extension: reason 1 MB", 400, "reason", () -> unitLeader.postJson(ext, extension("reason", MEGA))),
        hostile("extension: reason true", 400, "reason", () -> unitLeader.postJson(ext, extension("reason", true))),
        hostile("extension: assignment 'abc'", 400, "assignmentId",
            () -> unitLeader.postJson("/api/assignments/abc/extension-requests", extension("reason", "x"))),
        hostile("extension: unknown assignment", 404, null,
            () -> unitLeader.postJson("/api/assignments/99999999/extension-requests", extension("reason", "x"))),
        hostile("restructuring: unknown kind", 400, "kind", () -> admin.postJson("/api/restructurings/preview",
            Map.of("kind", "EXPLODE", "sources", List.of("skhdt"), "targetCode", "stc"))),
        hostile("restructuring: effective date a number", 400, "effectiveDate", () -> admin.postJson(
            "/api/restructurings", Map.of("kind", "MERGE", "sources", List.of("skhdt"), "targetCode", "stc",
                "effectiveDate", 20250301))),
        hostile("restructuring: unknown id", 404, null, () -> admin.get("/api/restructurings/99999")),
        hostile("no such path", 404, null, () -> clerk.get("/api/nope")),
        hostile("no such method", 405, null, () -> admin.send("DELETE", "/api/units", null, null)),
        hostile("dispatch id 'abc'", 400, "id", () -> leader.get("/api/dispatches/abc")),
        hostile("unknown dispatch", 404, null, () -> leader.get("/api/dispatches/99999999")),
        hostile("unknown report request", 404, null, () -> finance.get("/api/report-requests/99999999")),
        hostile("unknown directive's roll-up", 404, null, () -> leader.get("/api/directives/99999999/rollup")),
        hostile("roll-up of 'abc'", 400, "incomingId", () -> leader.get("/api/directives/abc/rollup")),
        hostile("unknown attachment", 404, null, () -> leader.get("/api/attachments/99999999")));
  }

  List<Hostile> engineInputs() {
    Api leader = as("chutich");
    Api specialist = as("skhdt.chuyenvien");
    Api advisoryLeader = as("skhdt.lanhdao");
    Api sct = as("sct.chuyenvien");
    Api sctLeader = as("sct.lanhdao");
    Api skhcnLeader = as("skhcn.lanhdao");
    String longName = "n".repeat(300);
    String ok = DUE.toString();
    return List.of(
        hostile("decide: advisory unit a number", 400, "advisoryUnit", () -> leader.postJson(complete(decide),
            vars("advisoryUnit", 5, "draftDeadline", ok))),
        hostile("decide: draft deadline 2028", 400, "draftDeadline", () -> leader.postJson(complete(decide),
            vars("advisoryUnit", "skhdt", "draftDeadline", "2028-02-01"))),
        hostile("decide: draft deadline true", 400, "draftDeadline", () -> leader.postJson(complete(decide),
            vars("advisoryUnit", "skhdt", "draftDeadline", true))),
        hostile("decide: instruction 1 MB", 400, "leaderInstruction", () -> leader.postJson(complete(decide),
            vars("advisoryUnit", "skhdt", "draftDeadline", ok, "leaderInstruction", MEGA))),
        hostile("decide: Java-serialized variable", 400, null, () -> leader.postJson(complete(decide), vars(
            "advisoryUnit", "skhdt", "draftDeadline", ok, "x", Map.of("value", "rO0ABXQAA2FiYw==", "type", "Object",
                "valueInfo", Map.of("objectTypeName", "java.lang.String",
                    "serializationDataFormat", "application/x-java-serialized-object"))))),
        hostile("decide: 'abc' as Integer", 400, null, () -> leader.postJson(complete(decide),
            vars("advisoryUnit", "skhdt", "draftDeadline", ok, "x", typed("abc", "Integer")))),
        hostile("decide: a 300-character name", 400, null, () -> leader.postJson(complete(decide),
            vars("advisoryUnit", "skhdt", "draftDeadline", ok, longName, "a"))),
        hostile("decide: body not JSON", 400, null,
            () -> leader.send("POST", complete(decide), "application/json", "{\"variables\":".getBytes())),
        hostile("draft: items not JSON", 400, "items", () -> specialist.postJson(complete(draft),
            vars("dispatchSummary", "V/v triển khai", "dispatchSymbol", "KTTH", "items", "not json"))),
        hostile("draft: items true", 400, "items", () -> specialist.postJson(complete(draft),
            vars("dispatchSummary", "V/v triển khai", "dispatchSymbol", "KTTH", "items", true))),
        hostile("draft: summary a number", 400, "dispatchSummary", () -> specialist.postJson(complete(draft),
            vars("dispatchSummary", 5, "dispatchSymbol", "KTTH", "items", typed("[]", "Json")))),
        hostile("draft: item text 9,000 characters", 400, "items[0].text", () -> specialist.postJson(complete(draft),
            vars("dispatchSummary", "V/v triển khai", "dispatchSymbol", "KTTH", "items", typed(
                "[{\"text\":\"" + "a".repeat(9000) + "\",\"leadUnit\":\"skhcn\",\"dueDate\":\"" + ok + "\"}]",
                "Json")))),
        hostile("draft: item due in 2028", 400, "items[0].dueDate", () -> specialist.postJson(complete(draft),
            vars("dispatchSummary", "V/v triển khai", "dispatchSymbol", "KTTH", "items", typed(
                "[{\"text\":\"a\",\"leadUnit\":\"skhcn\",\"dueDate\":\"2028-01-10\"}]", "Json")))),
        hostile("draft: item lead unit a number", 400, "items[0].leadUnit", () -> specialist.postJson(complete(draft),
            vars("dispatchSummary", "V/v triển khai", "dispatchSymbol", "KTTH", "items", typed(
                "[{\"text\":\"a\",\"leadUnit\":7,\"dueDate\":\"" + ok + "\"}]", "Json")))),
        hostile("submit: no decision", 400, "leaderDecision",
            () -> advisoryLeader.postJson(complete(submit), vars())),
        hostile("submit: decision true", 400, "leaderDecision",
            () -> advisoryLeader.postJson(complete(submit), vars("leaderDecision", true))),
        hostile("submit: comment an object", 400, "leaderComment", () -> advisoryLeader.postJson(complete(submit),
            vars("leaderDecision", "revise", "leaderComment", typed("{\"a\":1}", "Json")))),
        hostile("receive: specialist a number", 400, "specialist",
            () -> skhcnLeader.postJson(complete(receive), vars("specialist", 42))),
        hostile("carry out: result a number", 400, "resultText",
            () -> sct.postJson(complete(carryOut), vars("resultText", 5))),
        hostile("carry out: result JSON", 400, "resultText",
            () -> sct.postJson(complete(carryOut), vars("resultText", typed("{\"a\":1}", "Json")))),
        hostile("carry out: result 1 MB", 400, "resultText",
            () -> sct.postJson(complete(carryOut), vars("resultText", MEGA))),
        hostile("review: no decision", 400, "reviewDecision", () -> sctLeader.postJson(complete(review), vars())),
        hostile("unknown task: complete", 404, null, () -> leader.postJson(complete("nope"), vars())),
        hostile("unknown task: variables", 404, null, () -> leader.get("/engine-rest/task/nope/variables")),
        hostile("completed task: variables", 404, null,
            () -> leader.get("/engine-rest/task/" + completedTask + "/variables")),
        hostile("unknown instance: variables", 404, null,
            () -> leader.get("/engine-rest/process-instance/nope/variables")),
        hostile("ended instance: variables", 404, null,
            () -> leader.get("/engine-rest/process-instance/" + endedInstance + "/variables")),
        hostile("Tasklist: submit without decision", 400, "leaderDecision", () -> Api.tasklistSession(port,
            "skhdt.lanhdao").postJson(tasklist(submit), vars())),
        hostile("Tasklist: result a number", 400, "resultText", () -> Api.tasklistSession(port, "sct.chuyenvien")
            .postJson(tasklist(carryOut), vars("resultText", 5))),
        hostile("Tasklist: advisory unit true", 400, "advisoryUnit", () -> Api.tasklistSession(port, "chutich")
            .postJson(tasklist(decide), vars("advisoryUnit", true, "draftDeadline", ok))));
  }

  static String complete(String taskId) {
    return "/engine-rest/task/" + taskId + "/complete";
  }

  static String tasklist(String taskId) {
    return "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form";
  }

  @Test
  void everyHostileInputIsACleanRefusalInVietnameseAndWritesNothing() {
    List<Hostile> inputs = new ArrayList<>(apiInputs());
    inputs.addAll(engineInputs());
    assertThat(inputs).hasSizeGreaterThanOrEqualTo(60);
    Map<String, Object> before = written();
    List<String> failures = new ArrayList<>();
    for (Hostile input : inputs) {
      Api.Response response = input.call().get();
      String problem = problem(input, response);
      if (problem == null && !written().equals(before)) {
        problem = "wrote something: " + written() + " (was " + before + ")";
        before = written();
      }
      if (problem != null) {
        failures.add(input.name() + ": " + problem + "\n    " + abbreviate(response.status() + " " + response.body()));
      }
    }
    assertThat(failures).as(String.join("\n", failures)).isEmpty();
  }

  /** What is wrong with the answer to a hostile input, or null if it is a clean refusal. */
  static String problem(Hostile input, Api.Response response) {
    if (response.status() != input.status()) {
      return "status " + response.status() + ", expected " + input.status();
    }
    JsonNode body;
    try {
      body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    } catch (Exception e) {
      return "not JSON";
    }
    if (body == null || !body.hasNonNull("message")) {
      return "no message";
    }
    boolean engine = body.has("type");
    if (!engine && (body.path("status").asInt() != response.status() || !body.path("errors").isArray())) {
      return "not in Cascade's format";
    }
    List<String> texts = new ArrayList<>(List.of(body.get("message").asText()));
    body.path("errors").forEach(e -> texts.add(e.path("message").asText()));
    for (String text : texts) {
      if (!VIETNAMESE.matcher(text).find()) {
        return "not Vietnamese: " + text;
      }
      if (TECHNICAL.matcher(text).find()) {
        return "technical text: " + text;
      }
    }
    if (input.field() != null) {
      List<String> fields = new ArrayList<>();
      body.path("errors").forEach(e -> fields.add(e.path("field").asText()));
      if (!fields.contains(input.field())) {
        return "does not name the field " + input.field() + " (names " + fields + ")";
      }
    }
    return null;
  }

  static String abbreviate(String text) {
    return text.length() > 400 ? text.substring(0, 400) + "…" : text;
  }

  @Test
  void apiErrorsOfUnknownPathsAndMethodsAreCascades() {
    Api.Response path = as("vanthu").get("/api/no/such/thing");
    assertThat(path.status()).isEqualTo(404);
    assertThat(path.json().get("message").asText()).isEqualTo("Không tìm thấy địa chỉ hoặc đối tượng được yêu cầu.");
    assertThat(path.body()).doesNotContain("static resource", "timestamp");
    Api.Response browser = as("vanthu").withHeader("Accept", "text/html").get("/api/no/such/thing");
    assertThat(browser.status()).isEqualTo(404);
    assertThat(browser.json().get("message").asText()).isEqualTo("Không tìm thấy địa chỉ hoặc đối tượng được yêu cầu.");
    Api.Response method = as("vanthu").send("PUT", "/api/me", "application/json", "{}".getBytes());
    assertThat(method.status()).isEqualTo(405);
    assertThat(method.json().get("errors").isArray()).isTrue();

    // a client that asks for HTML gets JSON, and its registration is answered as done (not 406 after the fact)
    Api.Response html = as("vanthu").withHeader("Accept", "text/html")
        .postJson("/api/directives", directive("incomingNumber", number(60)));
    assertThat(html.status()).as(html.body()).isEqualTo(201);
    assertThat(html.json().get("incomingNumber").asText()).isEqualTo(number(60));
  }

  @Test
  void responsesCarrySecurityHeadersAndTheWebappsKeepTheirs() {
    HttpResponse<String> api = as("vanthu").getWithHeaders("/api/me");
    assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(api.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(api.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();

    // Tasklist behind a TLS proxy: HSTS, a Secure, HttpOnly, SameSite session cookie; Camunda's own CSP stays
    HttpResponse<String> tasklist = Api.anonymous(port).getWithHeaders("/camunda/app/tasklist/default/",
        "X-Forwarded-Proto", "https");
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
        v -> assertThat(v).startsWith("max-age="));
    assertThat(tasklist.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        v -> assertThat(v).contains("frame-ancestors 'none'"));
    String session = tasklist.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
        .findFirst().orElseThrow();
    assertThat(session).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");

    // and over plain HTTP the cookie is not Secure (it would not come back)
    String plain = Api.anonymous(port).getWithHeaders("/camunda/app/tasklist/default/").headers()
        .allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(plain).contains("HttpOnly").doesNotContain("Secure");
  }

  @Test
  void aWrongPasswordLocksTheAccountForAWhile() {
    Api.Response created = as("admin").postJson("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "hstl.throttle", "firstName", "Thử", "lastName", "Khóa", "email", "t@kontum.gov.vn"),
        "credentials", Map.of("password", "dung-mat-khau-1")));
    assertThat(created.status()).as(created.body()).isEqualTo(204);
    assertThat(Api.as(port, "hstl.throttle", "dung-mat-khau-1").get("/api/me").status()).isEqualTo(200);

    assertThat(Api.as(port, "hstl.throttle", "sai").get("/api/me").status()).isEqualTo(401);
    // right after a failure even the right password is refused: the engine's login delay (3 s, doubling)
    assertThat(Api.as(port, "hstl.throttle", "dung-mat-khau-1").get("/api/me").status()).isEqualTo(401);
  }
}
