package vn.cascade.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import vn.cascade.common.InvalidInputException;
import vn.cascade.common.InvalidInputException.FieldError;

/**
 * Enforces each user task's {@link FormContract}: a user who writes variables through a task (completing it,
 * submitting its form, resolving it, or setting or removing its variables, through {@code /engine-rest}, Tasklist or
 * the Java API) may write only the fields of the task's form, each with the kind of value its field gives, and
 * read-only fields only unchanged. Anything else is refused with one Vietnamese message per field, before anything is
 * written. A task's listener may document further variables it reads in the model, as the user task's extension
 * property {@value #DOCUMENTED} ({@code name:KIND,...}, KIND one of {@link FormContract.Kind}).
 *
 * <p>Only writes on a user's behalf are checked (an authenticated user, outside any engine command): Cascade's own
 * code inside the engine writes what its records say.
 */
public final class FormContracts {

  /** Extension property of a user task naming variables beyond its form that its listener reads. */
  public static final String DOCUMENTED = "cascade.acceptsVariables";

  private final ProcessEngineConfigurationImpl configuration;
  /** The province's zone, in which a date field shows a Date variable's day. */
  private final java.time.ZoneId zone;
  /** Per process definition and task key: a deployed definition and its forms never change. */
  private final Map<String, FormContract> contracts = new ConcurrentHashMap<>();

  FormContracts(ProcessEngineConfigurationImpl configuration, java.time.ZoneId zone) {
    this.configuration = configuration;
    this.zone = zone;
  }

  /**
   * Refuses the write unless every variable in {@code values} and every name in {@code removals} is a field of the
   * task's form. Returns the values to write: those of read-only fields (which are unchanged) left out.
   */
  public Map<String, Object> check(String taskId, Map<String, ?> values, Collection<String> removals) {
    if (!onBehalfOfUser() || taskId == null || (isEmpty(values) && (removals == null || removals.isEmpty()))) {
      return copy(values);
    }
    // as the user: a task they cannot see is the engine's to refuse (404 or 403), and says nothing of its form
    Task task = configuration.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return copy(values);
    }
    return verify(contract(task), task.getName(), values, removals,
        name -> configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
            () -> configuration.getTaskService().getVariableTyped(taskId, name, true))));
  }

  /**
   * The same for a process started through its start form ({@code submit-form} of a process definition): only the
   * start form's fields. A definition the user may not start is the engine's to refuse.
   */
  public Map<String, Object> checkStart(String processDefinitionId, Map<String, ?> values) {
    if (!onBehalfOfUser() || processDefinitionId == null || isEmpty(values)) {
      return copy(values);
    }
    ProcessDefinition definition = configuration.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionId(processDefinitionId).singleResult();
    if (definition == null) {
      return copy(values);
    }
    FormContract contract = contracts.computeIfAbsent(processDefinitionId + "#start",
        key -> configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
            () -> readStart(definition))));
    return verify(contract, definition.getName(), values, null, name -> null);
  }

  private Map<String, Object> verify(FormContract contract, String formName, Map<String, ?> values,
      Collection<String> removals, java.util.function.Function<String, TypedValue> shown) {
    VariableMap typed = Variables.fromMap(copy(values == null ? Map.of() : values));
    List<FieldError> errors = new ArrayList<>();
    Map<String, Object> accepted = new LinkedHashMap<>();
    for (String name : typed.keySet()) {
      FormContract.Field field = contract.field(name);
      TypedValue value = typed.getValueTyped(name);
      if (field == null) {
        errors.add(new FieldError(name, notOnForm(formName, name)));
      } else if (!field.kind().accepts(value)) {
        errors.add(new FieldError(name, "Trường «" + field.label() + "» phải là " + field.kind().label() + "."));
      } else if (field.readonly()) {
        if (!same(shown.apply(name), value)) {
          errors.add(new FieldError(name, "Trường «" + field.label() + "» chỉ để xem, không được thay đổi."));
        }
      } else {
        accepted.put(name, value);
      }
    }
    if (removals != null) {
      for (String name : removals) {
        FormContract.Field field = contract.field(name);
        if (field == null) {
          errors.add(new FieldError(name, notOnForm(formName, name)));
        } else if (field.readonly()) {
          errors.add(new FieldError(name, "Trường «" + field.label() + "» chỉ để xem, không được xóa."));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return accepted;
  }

  /** The contract of the task's form (and of what its model documents); empty for a task without a form. */
  FormContract contract(Task task) {
    if (task.getProcessDefinitionId() == null) {
      return FormContract.NONE;
    }
    return contracts.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        key -> configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
            () -> read(task))));
  }

  private FormContract read(Task task) {
    return form(() -> configuration.getFormService().getDeployedTaskForm(task.getId()))
        .with(documented(task.getProcessDefinitionId(), task.getTaskDefinitionKey()));
  }

  private FormContract readStart(ProcessDefinition definition) {
    var starts = configuration.getRepositoryService().getBpmnModelInstance(definition.getId())
        .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class).stream()
        .filter(e -> e.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process).toList();
    FormContract form = form(() -> configuration.getFormService().getDeployedStartForm(definition.getId()));
    for (var start : starts) {
      form = form.with(documented(definition.getId(), start.getId()));
    }
    return form;
  }

  private static FormContract form(java.util.function.Supplier<InputStream> deployed) {
    try (InputStream content = deployed.get()) {
      return FormContract.read(content);
    } catch (ProcessEngineException noForm) {
      return FormContract.NONE;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read a deployed form", e);
    }
  }

  private Map<String, FormContract.Kind> documented(String processDefinitionId, String elementId) {
    Map<String, FormContract.Kind> documented = new LinkedHashMap<>();
    org.camunda.bpm.model.bpmn.instance.BaseElement element = configuration.getRepositoryService()
        .getBpmnModelInstance(processDefinitionId).getModelElementById(elementId);
    if (element == null || element.getExtensionElements() == null) {
      return documented;
    }
    for (CamundaProperties properties : element.getExtensionElements().getChildElementsByType(CamundaProperties.class)) {
      for (CamundaProperty property : properties.getCamundaProperties()) {
        if (DOCUMENTED.equals(property.getCamundaName()) && property.getCamundaValue() != null) {
          for (String entry : property.getCamundaValue().split(",")) {
            String[] parts = entry.trim().split(":");
            documented.put(parts[0].trim(), parts.length > 1
                ? FormContract.Kind.valueOf(parts[1].trim()) : FormContract.Kind.TEXT);
          }
        }
      }
    }
    return documented;
  }

  private boolean same(TypedValue shown, TypedValue value) {
    Object now = shown == null ? null : shown.getValue();
    Object given = value == null ? null : value.getValue();
    if (blank(now) && blank(given)) {
      return true;
    }
    if (now instanceof Number a && given instanceof Number b) {
      return a.doubleValue() == b.doubleValue();
    }
    if (now instanceof java.util.Date date && given instanceof String text) {
      // a date field shows a Date variable as its day
      return text.startsWith(date.toInstant().atZone(zone).toLocalDate().toString());
    }
    return now != null && given != null && Objects.equals(now.toString(), given.toString());
  }

  private static String notOnForm(String formName, String name) {
    return "Biểu mẫu «" + formName + "» không có trường «" + name + "»; chỉ các trường của biểu mẫu được ghi.";
  }

  private boolean onBehalfOfUser() {
    return Context.getCommandContext() == null && configuration.getIdentityService().getCurrentAuthentication() != null;
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isEmpty();
  }

  /** A copy that keeps typed values as they are (a serialized object is not deserialized to be copied). */
  private static Map<String, Object> copy(Map<String, ?> values) {
    if (values == null) {
      return null;
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    if (values instanceof VariableMap typed) {
      typed.keySet().forEach(name -> copy.put(name, typed.getValueTyped(name)));
    } else {
      copy.putAll(values);
    }
    return copy;
  }

  private static boolean isEmpty(Map<String, ?> values) {
    return values == null || values.isEmpty();
  }
}
