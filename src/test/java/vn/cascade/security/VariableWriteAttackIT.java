package vn.cascade.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.cascade.support.CycleDriver.item;
import static vn.cascade.support.CycleDriver.nextIncomingNumber;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.cascade.assignment.Assignment;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.assignment.AssignmentRepository;
import vn.cascade.directive.DirectiveProcess;
import vn.cascade.support.Api;
import vn.cascade.support.CycleDriver;

/**
 * A unit's user attacks over HTTP, as an insider with a valid account would: through {@code /engine-rest} and
 * Tasklist's engine API they try to write what decides routing and rights (the unit, the assigner, the due date,
 * the dispatch number), to write outside their task, to throw signals and messages, to modify instances and run
 * jobs, and to work other units' tasks. Every attempt is refused, and afterwards the process, the assignment row and
 * the outbox are as they were; the same task then completes with its form's own values.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles({"test", "demo"})
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class VariableWriteAttackIT {

  static final List<String> UNITS = List.of("sxd", "sct", "ngoc-hoi");
  static final LocalDate DUE = LocalDate.now().plusDays(40);

  @LocalServerPort int port;
  @Autowired CycleDriver cycle;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AssignmentRepository assignments;
  @Autowired JdbcTemplate jdbc;

  /** unit -> its assignment's process instance, waiting at the receive task. */
  final Map<String, String> pids = new LinkedHashMap<>();

  @BeforeEach
  void aDispatchToThreeUnitsWaitsAtTheirLeaders() {
    String directive = cycle.approvedDispatch(nextIncomingNumber(), LocalDate.of(2025, 1, 24), List.of(
        item("Triển khai thực hiện Đề án kinh tế tuần hoàn.", "sxd", DUE, "sct"),
        item("Tuyên truyền, phổ biến Đề án đến cấp xã.", "ngoc-hoi", DUE)));
    await().atMost(Duration.ofSeconds(60)).until(() -> {
      pids.clear();
      pids.putAll(cycle.assignments(directive));
      return pids.keySet().containsAll(UNITS) && UNITS.stream()
          .allMatch(u -> cycle.task(pids.get(u), AssignmentProcess.Elements.RECEIVE) != null);
    });
  }

  Api as(String user) {
    return Api.as(port, user);
  }

  String receiveTaskId(String unit) {
    return cycle.task(pids.get(unit), AssignmentProcess.Elements.RECEIVE).getId();
  }

  static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  /** A body of Camunda's REST API for completing or submitting: {@code {"variables": {...}}}. */
  static Map<String, Object> complete(Object... keyValues) {
    return Api.vars(keyValues);
  }

  /** The variables alone, as {@code modifications} take them. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> variables(Object... keyValues) {
    return (Map<String, Object>) Api.vars(keyValues).get("variables");
  }

  record State(Map<String, Object> variables, String rowUnit, LocalDate rowDue, String rowState, String taskId,
      Object taskDue, long mails, Map<String, Integer> jobRetries) {}

  State state(String unit) {
    String pid = pids.get(unit);
    Assignment row = assignments.findByProcessInstanceId(pid).orElseThrow();
    Task task = cycle.task(pid, AssignmentProcess.Elements.RECEIVE);
    Map<String, Object> variables = new LinkedHashMap<>();
    runtimeService.getVariables(pid, List.of(AssignmentProcess.Vars.UNIT_CODE,
        AssignmentProcess.Vars.ASSIGNER_UNIT, AssignmentProcess.Vars.DUE_DATE, AssignmentProcess.Vars.DISPATCH_NUMBER,
        AssignmentProcess.Vars.UNIT_NAME, AssignmentProcess.Vars.ASSIGNMENT_ID, AssignmentProcess.Vars.INFO))
        .forEach((name, value) -> variables.put(name, String.valueOf(value)));
    return new State(variables, row.getUnitCode(), row.getDueDate(), row.getState().name(), task.getId(), task.getDueDate(),
        jdbc.queryForObject("select count(*) from outbox_mail", Long.class),
        managementService.createJobQuery().processInstanceId(pid).list().stream()
            .collect(java.util.stream.Collectors.toMap(j -> j.getId(), j -> j.getRetries())));
  }

  static void refused(Api.Response response, int status, String field) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    if (field != null) {
      assertThat(response.body()).contains(field);
    }
  }

  @Test
  void aUnitsLeaderCannotWriteWhatDecidesRoutingThroughItsOwnTask() {
    State before = state("sxd");
    String task = receiveTaskId("sxd");
    Api leader = as("sxd.lanhdao");
    String path = "/engine-rest/task/" + task;
    Map<String, Object> form = new LinkedHashMap<>(Map.of("specialist", "sxd.chuyenvien", "leaderNote", "Giao xử lý."));

    List<Api.Response> attempts = new ArrayList<>();
    for (Map.Entry<String, Object> forged : Map.<String, Object>of(
        "unitCode", "sct", "assignerUnit", "sxd", "dueDate", typed("2030-12-31T23:59:59.000+0700", "Date"),
        "assignmentId", 1, "dispatchNumber", "99/UBND-KTTH", "unitName", "Sở Công Thương",
        "completedOnTime", true, "handling", "redispatch").entrySet()) {
      Map<String, Object> variables = new LinkedHashMap<>(form);
      variables.put(forged.getKey(), forged.getValue());
      Api.Response completed = leader.postJson(path + "/complete", complete(variables.entrySet().stream()
          .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray()));
      refused(completed, 400, forged.getKey());
      attempts.add(completed);
      Api.Response submitted = leader.postJson(path + "/submit-form", complete(forged.getKey(),
          forged.getValue()));
      refused(submitted, 400, forged.getKey());
    }
    assertThat(attempts).allSatisfy(refusal -> assertThat(refusal.json().get("message").asText())
        .doesNotContain("Exception", "ENGINE-"));
    assertThat(leader.postJson(path + "/complete", complete("unitCode", "sct")).json().get("message").asText())
        .isEqualTo("Biểu mẫu «Tiếp nhận, phân công chuyên viên» không có trường «unitCode»; chỉ các trường của biểu "
            + "mẫu được ghi.");

    // outside completion: variables of the task, local or not, set, changed or deleted
    refused(leader.postJson(path + "/variables", Map.of("modifications", variables("unitCode", "sct"))), 400,
        "unitCode");
    refused(leader.put(path + "/variables/unitCode", Map.of("value", "sct", "type", "String")), 400, "unitCode");
    refused(leader.put(path + "/localVariables/unitCode", Map.of("value", "sct", "type", "String")), 400,
        "unitCode");
    refused(leader.delete(path + "/variables/unitName"), 400, "unitName");
    refused(leader.postJson(path + "/variables", Map.of("deletions", List.of("dueDate"))), 400, "dueDate");
    // a field of the form, outside completion: Camunda's authorizations (TASK_WORK, not UPDATE) refuse it
    refused(leader.put(path + "/variables/leaderNote", Map.of("value", "x", "type", "String")), 403, null);
    // the task itself: its due date, name, owner
    refused(leader.put(path, Map.of("name", "x", "due", "2030-12-31T00:00:00.000+0700")), 403, null);
    // the instance and its executions
    String pid = pids.get("sxd");
    refused(leader.postJson("/engine-rest/process-instance/" + pid + "/variables",
        Map.of("modifications", variables("unitCode", "sct"))), 403, null);
    refused(leader.put("/engine-rest/process-instance/" + pid + "/variables/dueDate",
        typed("2030-12-31T23:59:59.000+0700", "Date")), 403, null);
    refused(leader.put("/engine-rest/execution/" + pid + "/localVariables/unitCode", Map.of("value", "sct")), 403,
        null);
    refused(leader.postJson("/engine-rest/process-instance/" + pid + "/modification", Map.of("instructions",
        List.of(Map.of("type", "startBeforeActivity", "activityId", AssignmentProcess.Elements.COMPLETE)))), 403,
        null);
    refused(leader.put("/engine-rest/process-instance/" + pid + "/suspended", Map.of("suspended", true)), 403,
        null);
    // signals and messages
    refused(leader.postJson("/engine-rest/signal", Map.of("name", "anything")), 403, null);
    refused(leader.postJson("/engine-rest/message", Map.of("messageName", AssignmentProcess.Elements
        .EXTENSION_MESSAGE, "processInstanceId", pid)), 403, null);
    // jobs: the morning deadline check's timer (the instance has no timer of its own since the check is set-based)
    String job = managementService.createJobQuery().processDefinitionKey(vn.cascade.deadline.DeadlineCheckProcess.KEY)
        .activityId(vn.cascade.deadline.DeadlineCheckProcess.Elements.MORNING).singleResult().getId();
    // refused before the engine sees it: a refusal inside the engine would count as the job's failure
    for (int attempt = 0; attempt < 4; attempt++) {
      refused(leader.postJson("/engine-rest/job/" + job + "/execute", Map.of()), 403, null);
    }
    assertThat(leader.put("/engine-rest/job/" + job + "/retries", Map.of("retries", 0)).status()).isIn(403, 404);
    assertThat(leader.put("/engine-rest/job/" + job + "/duedate", Map.of("duedate", "2030-01-01T00:00:00.000+0700"))
        .status()).isIn(403, 404);

    assertThat(state("sxd")).isEqualTo(before);

    // the form's own values still complete the task, read-only fields included as Tasklist sends them
    Api.Response legitimate = leader.postJson(path + "/complete", complete(
        "specialist", "sxd.chuyenvien", "leaderNote", "Giao xử lý.",
        "dispatchNumber", before.variables().get(AssignmentProcess.Vars.DISPATCH_NUMBER),
        "unitName", before.variables().get(AssignmentProcess.Vars.UNIT_NAME)));
    assertThat(legitimate.status()).as(legitimate.body()).isEqualTo(204);
    await().atMost(Duration.ofSeconds(30)).until(() -> cycle.task(pid, AssignmentProcess.Elements.CARRY_OUT) != null);
    assertThat(assignments.findByProcessInstanceId(pid).orElseThrow().getUnitCode()).isEqualTo("sxd");
  }

  @Test
  void valuesOfTheWrongKindAndJavaSerializedObjectsAreRefused() {
    State before = state("sxd");
    String path = "/engine-rest/task/" + receiveTaskId("sxd") + "/complete";
    Api leader = as("sxd.lanhdao");
    refused(leader.postJson(path, complete("specialist", true)), 400, "specialist");
    refused(leader.postJson(path, complete("specialist", "sxd.chuyenvien", "leaderNote", 42)), 400,
        "leaderNote");
    refused(leader.postJson(path, complete("specialist", "sxd.chuyenvien", "leaderNote", Map.of(
        "value", "rO0ABXQABGV2aWw=", "type", "Object", "valueInfo", Map.of(
            "objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object")))),
        400, "leaderNote");
    assertThat(leader.postJson(path, complete("specialist", "sxd.chuyenvien", "leaderNote", 42)).json()
        .get("message").asText()).contains("phải là văn bản");
    assertThat(state("sxd")).isEqualTo(before);
  }

  @Test
  void tasklistsOwnEngineApiRefusesTheSameWrites(org.springframework.boot.test.system.CapturedOutput output) {
    State before = state("ngoc-hoi");
    Api tasklist = Api.tasklistSession(port, "ngoc-hoi.lanhdao");
    String path = "/camunda/api/engine/engine/default/task/" + receiveTaskId("ngoc-hoi");
    Api.Response forged = tasklist.postJson(path + "/submit-form", complete(
        "handling", "redispatch", "unitCode", "sct"));
    refused(forged, 400, "unitCode");
    assertThat(forged.json().get("message").asText()).contains("không có trường «unitCode»");
    // logged as a refusal in one line, not as a server error with its stack trace
    assertThat(output.getAll()).contains("Refused POST " + path + "/submit-form")
        .doesNotContain("ENGINE-REST-HTTP500 org.camunda.bpm.engine.rest.exception.RestException: Cannot submit "
            + "task form " + receiveTaskId("ngoc-hoi"));
    refused(tasklist.postJson(path + "/complete", complete("assignerUnit", "ngoc-hoi")), 400,
        "assignerUnit");
    refused(tasklist.postJson("/camunda/api/engine/engine/default/signal", Map.of("name", "anything")), 403, null);
    // the morning deadline check's timer (an instance has no timer of its own since the check is set-based)
    String job = managementService.createJobQuery().processDefinitionKey(vn.cascade.deadline.DeadlineCheckProcess.KEY)
        .activityId(vn.cascade.deadline.DeadlineCheckProcess.Elements.MORNING).singleResult().getId();
    refused(tasklist.postJson("/camunda/api/engine/engine/default/job/" + job + "/execute", Map.of()), 403, null);
    assertThat(state("ngoc-hoi")).isEqualTo(before);
  }

  @Test
  void noUnitUserCanWorkAnotherUnitsTask() {
    Map<String, State> before = new LinkedHashMap<>();
    UNITS.forEach(u -> before.put(u, state(u)));
    for (String attacker : UNITS) {
      for (String role : List.of(".lanhdao", ".chuyenvien")) {
        Api api = as(attacker + role);
        for (String victim : UNITS) {
          if (victim.equals(attacker)) {
            continue;
          }
          String path = "/engine-rest/task/" + receiveTaskId(victim);
          assertThat(api.get(path).status()).isEqualTo(404);
          assertThat(api.get(path + "/variables").status()).isIn(403, 404);
          assertThat(api.postJson(path + "/complete", complete("specialist", attacker + ".chuyenvien"))
              .status()).isIn(403, 404);
          assertThat(api.postJson(path + "/submit-form", complete()).status()).isIn(403, 404);
          assertThat(api.postJson(path + "/claim", Map.of("userId", attacker + role)).status()).isIn(403, 404);
          assertThat(api.put(path + "/variables/unitCode", Map.of("value", attacker)).status()).isIn(403, 404);
          Api.Response variables = api.postJson("/engine-rest/process-instance/" + pids.get(victim) + "/variables",
              Map.of("modifications", variables("unitCode", attacker)));
          assertThat(variables.status()).as(variables.body()).isIn(403, 404);
        }
      }
    }
    UNITS.forEach(u -> assertThat(state(u)).as(u).isEqualTo(before.get(u)));
  }

  @Test
  void aClerkStartsADirectiveOnlyThroughItsStartFormsFields() {
    Api clerk = as("vanthu");
    String number = nextIncomingNumber();
    Object[] form = {"incomingNumber", number, "incomingDate", "2025-01-24", "incomingIssuer", "vpcp",
        "incomingType", "CONG_VAN", "incomingSummary", "V/v tình hình thực hiện Đề án phát triển kinh tế tuần hoàn"};
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(DirectiveProcess.KEY).count();

    Object[] forged = java.util.Arrays.copyOf(form, form.length + 2);
    forged[form.length] = "advisoryUnit";
    forged[form.length + 1] = "sct";
    Api.Response refused = clerk.postJson("/engine-rest/process-definition/key/directive/submit-form",
        complete(forged));
    refused(refused, 400, "advisoryUnit");
    refused(clerk.postJson("/engine-rest/process-definition/key/directive/start", complete(forged)), 403, null);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DirectiveProcess.KEY).count())
        .isEqualTo(before);

    Api.Response started = clerk.postJson("/engine-rest/process-definition/key/directive/submit-form",
        complete(form));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DirectiveProcess.KEY).count())
        .isEqualTo(before + 1);
  }

  @Test
  void aUnitsUsersSeeNoEngineWideFigures() {
    for (String path : List.of("/engine-rest/process-definition/statistics?incidents=true",
        "/engine-rest/process-definition/key/assignment/statistics", "/engine-rest/metrics/job-successful/sum")) {
      refused(as("sxd.lanhdao").get(path), 403, null);
      refused(as("ngoc-hoi.chuyenvien").get(path), 403, null);
      assertThat(as("stc.theodoi").get(path).status()).as(path).isEqualTo(200);
    }
  }
}
