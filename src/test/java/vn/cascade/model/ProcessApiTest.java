package vn.cascade.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.Test;
import vn.cascade.assignment.AssignmentProcess;
import vn.cascade.deadline.DeadlineCheckProcess;
import vn.cascade.deadline.ReminderPolicy;
import vn.cascade.directive.DirectiveProcess;
import vn.cascade.mail.MailDeliveryProcess;
import vn.cascade.mail.MailDigestProcess;
import vn.cascade.reporting.ReportRequestProcess;
import vn.cascade.reporting.UnitReportProcess;
import vn.cascade.restructuring.RestructuringProcess;

/**
 * Every BPMN process and DMN decision in {@code bpmn/} has its process-API class, the one place its key, element
 * ids, messages, decision inputs and outputs are named; and every such constant names something of its model. A
 * renamed element, message or output in Modeler fails here, not in production.
 */
class ProcessApiTest {

  static final List<Class<?>> APIS = List.of(AssignmentProcess.class, DirectiveProcess.class,
      ReportRequestProcess.class, UnitReportProcess.class, MailDeliveryProcess.class, MailDigestProcess.class,
      RestructuringProcess.class, ReminderPolicy.class, DeadlineCheckProcess.class);

  @Test
  void everyProcessAndDecisionHasItsApiClassAndEveryKeyItsModel() throws IOException {
    Set<String> modelKeys = new HashSet<>(bpmnByProcess().keySet());
    modelKeys.addAll(dmnByDecision().keySet());
    Set<String> apiKeys = new HashSet<>();
    for (Class<?> api : APIS) {
      constants(api).forEach((name, value) -> {
        if (name.equals("KEY") || name.endsWith("_KEY")) {
          apiKeys.add(value);
        }
      });
    }
    assertThat(modelKeys).as("processes and decisions in bpmn/").hasSizeGreaterThanOrEqualTo(10);
    assertThat(apiKeys).as("keys named by the process-API classes").containsExactlyInAnyOrderElementsOf(modelKeys);
  }

  @Test
  void everyElementAndMessageConstantNamesSomethingOfItsModel() throws IOException {
    Map<String, Path> byProcess = bpmnByProcess();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Class<?> api : APIS) {
      Class<?> elements = nested(api, "Elements");
      if (elements == null) {
        continue;
      }
      String key = constants(api).get("KEY");
      BpmnModelInstance model = Bpmn.readModelFromFile(byProcess.get(key).toFile());
      Set<String> names = new HashSet<>();
      model.getModelElementsByType(BaseElement.class).forEach(e -> names.add(e.getId()));
      model.getModelElementsByType(Message.class).forEach(m -> names.add(m.getName()));
      for (Map.Entry<String, String> c : constants(elements).entrySet()) {
        checked++;
        if (!names.contains(c.getValue())) {
          problems.add(api.getSimpleName() + ".Elements." + c.getKey() + " = '" + c.getValue()
              + "' is no element or message of " + byProcess.get(key).getFileName());
        }
      }
    }
    assertThat(checked).isGreaterThan(40);
    assertThat(problems).isEmpty();
  }

  @Test
  void everyMessageAProcessSendsIsCaughtByAModel() throws IOException {
    Set<String> messages = new HashSet<>();
    for (Path file : ModelValidationTest.files(".bpmn")) {
      Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Message.class).forEach(m -> messages.add(m.getName()));
    }
    for (Class<?> api : APIS) {
      Class<?> sends = nested(api, "Sends");
      if (sends != null) {
        assertThat(messages).as(api.getSimpleName() + ".Sends").containsAll(constants(sends).values());
      }
    }
  }

  @Test
  void theReminderPolicyNamesTheDecisionsInputAndOutputs() throws IOException {
    DmnModelInstance model = Dmn.readModelFromFile(dmnByDecision().get(ReminderPolicy.KEY).toFile());
    assertThat(model.getModelElementsByType(InputExpression.class)).extracting(i -> i.getText().getTextContent())
        .containsExactly(ReminderPolicy.DAYS_LEFT);
    assertThat(model.getModelElementsByType(Output.class)).extracting(Output::getName)
        .containsExactlyInAnyOrderElementsOf(constants(ReminderPolicy.Outputs.class).values());
  }

  static Map<String, String> constants(Class<?> type) {
    Map<String, String> constants = new HashMap<>();
    for (Field f : type.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        try {
          constants.put(f.getName(), (String) f.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return constants;
  }

  static Class<?> nested(Class<?> api, String name) {
    return Stream.of(api.getDeclaredClasses()).filter(c -> c.getSimpleName().equals(name)).findFirst().orElse(null);
  }

  static Map<String, Path> bpmnByProcess() throws IOException {
    Map<String, Path> byProcess = new HashMap<>();
    for (Path file : ModelValidationTest.files(".bpmn")) {
      Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)
          .forEach(p -> byProcess.put(p.getId(), file));
    }
    return byProcess;
  }

  static Map<String, Path> dmnByDecision() throws IOException {
    Map<String, Path> byDecision = new HashMap<>();
    for (Path file : ModelValidationTest.files(".dmn")) {
      Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)
          .forEach(d -> byDecision.put(d.getId(), file));
    }
    return byDecision;
  }
}
