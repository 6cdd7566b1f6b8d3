package vn.cascade.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.cascade.model.FormRules;

/**
 * Test engines only: when a user task with a Camunda Form is created (after the model's own create listeners), every
 * variable its form shows unconditionally must exist, with every key of a path such as {@code info.dispatchSummary}
 * (vn.cascade.model.FormRules#shownPaths). Otherwise the task's creation fails, so every process and integration
 * test that reaches a step checks what that step's form shows. Each step is checked the first few times it is
 * created, which keeps a fan-out to thousands of units cheap.
 */
@Component
public class FormBindingCheck extends AbstractProcessEnginePlugin {

  static final int CHECKS_PER_STEP = 20;

  private final Map<String, JsonNode> forms = FormRules.forms();
  private final Map<String, Integer> checked = new ConcurrentHashMap<>();
  /** The steps checked so far, as "process key/task key/form id". */
  public static final Set<String> CHECKED_STEPS = ConcurrentHashMap.newKeySet();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
        if (formRef != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, task -> check(task, formRef));
        }
      }
    });
  }

  void check(DelegateTask task, String formRef) {
    String step = task.getProcessDefinitionId().split(":")[0] + "/" + task.getTaskDefinitionKey() + "/" + formRef;
    if (checked.merge(step, 1, Integer::sum) > CHECKS_PER_STEP) {
      return;
    }
    JsonNode form = forms.get(formRef);
    if (form == null) {
      throw new IllegalStateException("Step " + step + ": no form '" + formRef + "' in bpmn/");
    }
    List<String> missing = FormRules.missing(form, task::hasVariable, name -> json(task.getVariableTyped(name, false)));
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Step " + step + ": its form shows " + missing
          + ", which the step does not provide (variables: " + task.getVariableNames() + ")");
    }
    CHECKED_STEPS.add(step);
  }

  static JsonNode json(TypedValue value) {
    if (value == null || value.getValue() == null) {
      return null;
    }
    Object raw = value.getValue();
    var mapper = vn.cascade.common.JsonVariables.mapper();
    try {
      if (raw instanceof org.camunda.spin.json.SpinJsonNode node) {
        return mapper.readTree(node.toString());
      }
      return raw instanceof String s ? mapper.readTree(s) : mapper.valueToTree(raw);
    } catch (IOException e) {
      return null;
    }
  }
}
