package vn.cascade.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.cascade.directive.DirectiveProcess;
import vn.cascade.review.ReviewCatalog;
import vn.cascade.review.ReviewStep;
import vn.cascade.support.ProcessTestBase;

/**
 * Walks every model in {@code bpmn/}: each process has a diagram with a shape per flow node, each user task and
 * start form refers to a {@code .form} that exists, each service task and listener names a delegate expression
 * whose bean exists, and every bean that an expression names exists.
 */
class ModelValidationTest extends ProcessTestBase {

  static final Path MODELS = Path.of("bpmn");
  static final Pattern BEAN_IN_EXPRESSION = Pattern.compile("\\$\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)[.}]");

  @Autowired ApplicationContext context;

  @Test
  void everyProcessHasDiagramFormsAndResolvableDelegates() throws IOException {
    Map<String, Path> forms = formsById();
    List<String> problems = new ArrayList<>();
    List<Path> bpmns = files(".bpmn");
    assertThat(bpmns).isNotEmpty();
    for (Path file : bpmns) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Bpmn.validateModel(model);
      String where = file.getFileName().toString();
      var shapes = model.getModelElementsByType(BpmnShape.class).stream()
          .map(s -> s.getBpmnElement() == null ? null : s.getBpmnElement().getId()).toList();
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (!process.isExecutable()) {
          problems.add(where + ": process " + process.getId() + " is not executable");
        }
      }
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        if (!shapes.contains(node.getId())) {
          problems.add(where + ": " + node.getId() + " has no shape in the diagram");
        }
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        checkForm(where, task, task.getCamundaFormRef(), forms, problems);
        if (task.getCamundaCandidateGroups() == null && task.getCamundaAssignee() == null) {
          problems.add(where + ": user task " + task.getId() + " has no assignee or candidate group");
        }
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getParentElement() instanceof Process && start.getCamundaFormRef() != null) {
          checkForm(where, start, start.getCamundaFormRef(), forms, problems);
        }
      }
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        if (task.getCamundaDelegateExpression() == null) {
          problems.add(where + ": service task " + task.getId() + " has no delegate expression");
        }
        if (task.getCamundaClass() != null) {
          problems.add(where + ": service task " + task.getId() + " uses camunda:class (bypasses Spring)");
        }
      }
      model.getModelElementsByType(CamundaTaskListener.class)
          .forEach(l -> requireDelegate(where, l.getCamundaDelegateExpression(), problems));
      model.getModelElementsByType(CamundaExecutionListener.class)
          .forEach(l -> requireDelegate(where, l.getCamundaDelegateExpression(), problems));
      // every bean named in any expression of the model exists
      Matcher beans = BEAN_IN_EXPRESSION.matcher(Files.readString(file));
      while (beans.find()) {
        String name = beans.group(1);
        if (!isProcessVariable(name) && !context.containsBean(name)) {
          problems.add(where + ": expression names bean '" + name + "', which does not exist");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Each user task with {@code ${reviewRecorder}} has the review step its process declares, and no step is stray. */
  @Test
  void everyReviewStepIsAUserTaskThatRecordsIt() throws IOException {
    ReviewCatalog catalog = context.getBean(ReviewCatalog.class);
    List<String> recorded = new ArrayList<>();
    for (Path file : files(".bpmn")) {
      for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
        if (task.getExtensionElements() != null && task.getExtensionElements().getElementsQuery()
            .filterByType(CamundaTaskListener.class).list().stream()
            .anyMatch(l -> "${reviewRecorder}".equals(l.getCamundaDelegateExpression()))) {
          recorded.add(task.getId());
        }
      }
    }
    assertThat(recorded).hasSizeGreaterThanOrEqualTo(7);
    assertThat(catalog.steps()).extracting(ReviewStep::taskId).containsExactlyInAnyOrderElementsOf(recorded);
  }

  @Test
  void everyFormIsValidAndUniquelyIdentified() throws IOException {
    Map<String, Path> forms = formsById();
    assertThat(forms).hasSameSizeAs(files(".form"));
    for (Path form : forms.values()) {
      JsonNode json = new ObjectMapper().readTree(form.toFile());
      assertThat(json.get("components")).as(form + " components").isNotEmpty();
      assertThat(json.get("executionPlatform").asText()).isEqualTo("Camunda Platform");
    }
  }

  /** Tasklist cannot open a form that form-js refuses to import: a duplicate id, a binding path claimed twice. */
  @Test
  void formJsCanImportEveryForm() {
    List<String> problems = new ArrayList<>();
    FormRules.forms().forEach((id, form) -> FormRules.importProblems(form).forEach(p -> problems.add(id + ": " + p)));
    assertThat(problems).isEmpty();
  }

  /** Nothing in a form keeps Tasklist's "Hoàn thành" disabled after valid input or drops a typed date. */
  @Test
  void everyFormCanBeCompletedInTasklist() {
    List<String> problems = new ArrayList<>();
    FormRules.forms().forEach((id, form) -> FormRules.tasklistProblems(form).forEach(p -> problems.add(id + ": " + p)));
    assertThat(problems).isEmpty();
  }

  @Test
  void theTasklistCheckFindsWhatWouldKeepTheFormDisabled() throws IOException {
    JsonNode form = new ObjectMapper().readTree("""
        {"id":"f","components":[
          {"type":"radio","id":"D","key":"decision","values":[{"label":"Trả lại","value":"return"}]},
          {"type":"textarea","id":"C","key":"comment","validate":{"required":true},
           "conditional":{"hide":"=decision != \\"return\\""}},
          {"type":"textarea","id":"R","key":"returnReason","readonly":true,"conditional":{"hide":"=returnReason = null"}},
          {"type":"datetime","id":"T","key":"due","subtype":"date","disallowPassedDates":true},
          {"type":"dynamiclist","id":"L","path":"rows","components":[{"type":"textfield","id":"X","key":"x"}]}]}""");
    assertThat(FormRules.tasklistProblems(form)).hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("<C> validates"))
        .anySatisfy(p -> assertThat(p).startsWith("<T> disallows past dates"))
        .anySatisfy(p -> assertThat(p).startsWith("<L> is a dynamic list"));
  }

  @Test
  void theImportCheckFindsWhatFormJsRefuses() throws IOException {
    JsonNode twice = new ObjectMapper().readTree("""
        {"id":"f","components":[
          {"type":"group","id":"G","components":[{"type":"textarea","id":"Field_a","key":"info.summary","disabled":true}]},
          {"type":"textarea","id":"Field_a","key":"summary"},
          {"type":"textfield","id":"Field_b","key":"info"}]}""");
    assertThat(FormRules.importProblems(twice)).containsExactly("form field with id <Field_a> already exists",
        "binding path 'info' of <Field_b> is already claimed ('info.summary')");
  }

  /**
   * Each step provides what its form shows: the test engine checks it at every user task the process tests reach
   * (vn.cascade.support.FormBindingCheck); here, that the check finds a missing variable and a missing JSON key.
   */
  @Test
  void theBindingCheckFindsWhatAStepDoesNotProvide() throws IOException {
    JsonNode form = new ObjectMapper().readTree("""
        {"id":"f","components":[
          {"type":"textfield","id":"A","key":"dispatchNumber","readonly":true},
          {"type":"textarea","id":"B","key":"info.dispatchSummary","disabled":true},
          {"type":"select","id":"C","key":"lead","valuesKey":"subUnitOptions"},
          {"type":"text","id":"D","text":"Tệp: {{info.attachmentLinks}}"},
          {"type":"textarea","id":"E","key":"returnReason","readonly":true,"conditional":{"hide":"=returnReason = null"}},
          {"type":"textarea","id":"F","key":"resultText"}]}""");
    Map<String, JsonNode> variables = Map.of("dispatchNumber", new ObjectMapper().readTree("\"01/UBND-KTTH\""),
        "info", new ObjectMapper().readTree("{\"dispatchSummary\":\"V/v\"}"));
    assertThat(FormRules.missing(form, variables::containsKey, variables::get))
        .containsExactly("subUnitOptions", "info.attachmentLinks");
  }

  @Test
  void theTestEngineChecksWhatEveryStepShows() {
    // this test's own context deploys the models with the check in place: one directive reaches its first step
    String pid = cycle.register(vn.cascade.support.CycleDriver.nextIncomingNumber(), java.time.LocalDate.of(2025, 1, 24),
        java.time.LocalDate.now().plusDays(60));
    assertThat(cycle.openTaskKeys(pid)).containsExactly(DirectiveProcess.Elements.DECIDE);
    assertThat(vn.cascade.support.FormBindingCheck.CHECKED_STEPS).contains("directive/DecideAdvisoryUnit/directive-decide");
  }

  /** Names that expressions use which are process variables, not beans. */
  static boolean isProcessVariable(String name) {
    return List.of("leaderDecision", "approvalDecision", "reviewDecision", "dueDate", "specialist", "execution",
        vn.cascade.deadline.DeadlineCheckProcess.CHUNKS)
        .contains(name);
  }

  void requireDelegate(String where, String expression, List<String> problems) {
    if (expression == null) {
      problems.add(where + ": a listener has no delegate expression");
      return;
    }
    Matcher m = Pattern.compile("\\$\\{([a-zA-Z_][a-zA-Z0-9_]*)}").matcher(expression);
    if (!m.matches() || !context.containsBean(m.group(1))) {
      problems.add(where + ": delegate expression " + expression + " does not resolve to a bean");
    }
  }

  static void checkForm(String where, BaseElement element, String formRef, Map<String, Path> forms,
      List<String> problems) {
    if (formRef == null) {
      problems.add(where + ": " + element.getId() + " has no Camunda Form (camunda:formRef)");
    } else if (!forms.containsKey(formRef)) {
      problems.add(where + ": " + element.getId() + " refers to form '" + formRef + "', which is not in bpmn/");
    }
  }

  static Map<String, Path> formsById() throws IOException {
    Map<String, Path> forms = new HashMap<>();
    for (Path form : files(".form")) {
      forms.put(new ObjectMapper().readTree(form.toFile()).get("id").asText(), form);
    }
    return forms;
  }

  static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> paths = Files.walk(MODELS)) {
      return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
