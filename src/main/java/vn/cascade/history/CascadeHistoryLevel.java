package vn.cascade.history;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * History level {@code cascade-full}: everything the engine's {@code full} level records (instances, activities,
 * tasks, variables with their latest value, identity links, incidents, job log, decisions, user operation log)
 * except one row per variable write and per submitted form field ({@code ACT_HI_DETAIL}), and except the variables
 * a process declares as copies of Cascade's own records.
 *
 * <p>The detail rows were a third of what a fan-out wrote (about fourteen per unit, plus their JSON byte arrays),
 * and nothing reads them: Cockpit Community shows a variable's latest value ({@code ACT_HI_VARINST}), who decided
 * what is kept by Cascade's review history and by the user operation log, and the submitted results are variables.
 * Record copies (an {@code assignment}'s references to its dispatch, unit and assignment row, its due date, and the
 * unit name, dispatch heading, items and select options its forms show) repeat Cascade's own records: their history
 * would be a second copy of those records, fourteen rows per unit.
 */
public final class CascadeHistoryLevel implements HistoryLevel {

  public static final String NAME = "cascade-full";
  /** Stored in {@code ACT_GE_PROPERTY.historyLevel}; the engine's own levels are 0 to 3. */
  public static final int ID = 31;

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  /** Per process definition key, the variables kept without history. */
  private final Map<String, Set<String>> recordCopies;

  public CascadeHistoryLevel(Map<String, Set<String>> recordCopies) {
    this.recordCopies = Map.copyOf(recordCopies);
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
        || eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
      return false;
    }
    if (entity instanceof VariableInstanceEntity variable && isRecordCopy(variable)) {
      // every event of the variable (create, update, delete, migrate): no history row is ever made for it
      return false;
    }
    return HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
  }

  private boolean isRecordCopy(VariableInstanceEntity variable) {
    if (variable.getProcessDefinitionId() == null || Context.getProcessEngineConfiguration() == null) {
      return false;
    }
    for (var entry : recordCopies.entrySet()) {
      if (entry.getValue().contains(variable.getName())) {
        ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedProcessDefinitionById(variable.getProcessDefinitionId());
        if (definition != null && entry.getKey().equals(definition.getKey())) {
          return true;
        }
      }
    }
    return false;
  }
}
