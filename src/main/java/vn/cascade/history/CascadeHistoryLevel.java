package vn.cascade.history;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * History level {@code cascade-full}: everything the engine's {@code full} level records (instances, activities,
 * tasks, variables with their latest value, identity links, incidents, job log, decisions, user operation log)
 * except one row per variable write and per submitted form field ({@code ACT_HI_DETAIL}).
 *
 * <p>Those detail rows were a third of what a fan-out wrote (about fourteen per unit, plus their JSON byte arrays),
 * and nothing reads them: Cockpit Community shows a variable's latest value ({@code ACT_HI_VARINST}), who decided
 * what is kept by Cascade's review history and by the user operation log, and the submitted results are variables.
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

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    if (eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
        || eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
      return false;
    }
    return HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
  }
}
