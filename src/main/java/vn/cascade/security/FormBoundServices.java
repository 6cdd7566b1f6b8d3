package vn.cascade.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import vn.cascade.common.CascadeProperties;

/**
 * The engine's task and form services, every route that writes variables through a task (REST's complete,
 * submit-form, resolve, bpmnError, bpmnEscalation and the task variable endpoints; Tasklist's; the Java API) first
 * checked against the task's {@link FormContracts form contract}. Installed as the engine's own services, so
 * {@code /engine-rest}, Tasklist's engine API and Spring's {@code TaskService} bean all go through the check: one
 * mechanism, whose rules come from the forms next to the models.
 */
final class FormBoundServices {

  private FormBoundServices() {}

  /** Installs both services. */
  @Component
  static class Plugin extends AbstractProcessEnginePlugin {
    private final CascadeProperties properties;

    Plugin(CascadeProperties properties) {
      this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      FormContracts contracts = new FormContracts(configuration, properties.zoneId());
      configuration.setTaskService(new CheckedTaskService(contracts));
      configuration.setFormService(new CheckedFormService(contracts));
    }
  }

  static final class CheckedTaskService extends TaskServiceImpl {
    private final FormContracts contracts;

    CheckedTaskService(FormContracts contracts) {
      this.contracts = contracts;
    }

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
      super.complete(taskId, contracts.check(taskId, variables, null));
    }

    @Override
    public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
        boolean deserializeValues) {
      return super.completeWithVariablesInReturn(taskId, contracts.check(taskId, variables, null), deserializeValues);
    }

    @Override
    public void resolveTask(String taskId, Map<String, Object> variables) {
      super.resolveTask(taskId, contracts.check(taskId, variables, null));
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
      super.handleBpmnError(taskId, errorCode, errorMessage, contracts.check(taskId, variables, null));
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
      super.handleEscalation(taskId, escalationCode, contracts.check(taskId, variables, null));
    }

    @Override
    protected void setVariables(String taskId, Map<String, ?> variables, boolean local) {
      super.setVariables(taskId, contracts.check(taskId, variables, null), local);
    }

    @Override
    protected void updateVariables(String taskId, Map<String, ?> modifications, Collection<String> deletions,
        boolean local) {
      super.updateVariables(taskId, contracts.check(taskId, modifications, deletions), deletions, local);
    }

    @Override
    public void removeVariable(String taskId, String variableName) {
      contracts.check(taskId, null, List.of(variableName));
      super.removeVariable(taskId, variableName);
    }

    @Override
    public void removeVariableLocal(String taskId, String variableName) {
      contracts.check(taskId, null, List.of(variableName));
      super.removeVariableLocal(taskId, variableName);
    }

    @Override
    public void removeVariables(String taskId, Collection<String> variableNames) {
      contracts.check(taskId, null, variableNames);
      super.removeVariables(taskId, variableNames);
    }

    @Override
    public void removeVariablesLocal(String taskId, Collection<String> variableNames) {
      contracts.check(taskId, null, variableNames);
      super.removeVariablesLocal(taskId, variableNames);
    }
  }

  static final class CheckedFormService extends FormServiceImpl {
    private final FormContracts contracts;

    CheckedFormService(FormContracts contracts) {
      this.contracts = contracts;
    }

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
      super.submitTaskForm(taskId, contracts.check(taskId, properties, null));
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
        boolean deserializeValues) {
      return super.submitTaskFormWithVariablesInReturn(taskId, contracts.check(taskId, properties, null),
          deserializeValues);
    }

    @Override
    public org.camunda.bpm.engine.runtime.ProcessInstance submitStartForm(String processDefinitionId,
        String businessKey, Map<String, Object> properties) {
      return super.submitStartForm(processDefinitionId, businessKey,
          contracts.checkStart(processDefinitionId, properties));
    }

    @Override
    public org.camunda.bpm.engine.runtime.ProcessInstance submitStartForm(String processDefinitionId,
        Map<String, Object> properties) {
      return super.submitStartForm(processDefinitionId, contracts.checkStart(processDefinitionId, properties));
    }

    @Override
    @SuppressWarnings("deprecation")
    public void submitTaskFormData(String taskId, Map<String, String> properties) {
      contracts.check(taskId, properties, null);
      super.submitTaskFormData(taskId, properties);
    }
  }
}
