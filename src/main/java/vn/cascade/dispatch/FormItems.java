package vn.cascade.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.cascade.common.JsonVariables;

/**
 * The task items of a draft, as Tasklist or the REST API send them. The Camunda Form has numbered slots
 * ({@code item1Text}, {@code item1LeadUnit}, {@code item1DueDate}, {@code item1CooperatingUnits}, ...): Tasklist
 * 7.24 keeps the error entries of a repeating list, so a dynamic list would never let the user complete the task.
 * API clients may instead send the whole list as one Json variable. A slot counts once any of its fields is
 * filled, so a half-filled item is reported, not dropped.
 */
public final class FormItems {

  private FormItems() {}

  /** The fields of one item of a dispatch, as an API client sends it in the list variable. */
  public static final class Item {
    public static final String TEXT = "text";
    public static final String LEAD_UNIT = "leadUnit";
    public static final String COOPERATING_UNITS = "cooperatingUnits";
    public static final String DUE_DATE = "dueDate";

    private Item() {}
  }

  public static List<Map<String, Object>> read(VariableScope scope, String slotPrefix, int slots, String listVariable) {
    List<Map<String, Object>> fromSlots = new ArrayList<>();
    for (int k = 1; k <= slots; k++) {
      String p = slotPrefix + k;
      Object text = scope.getVariable(p + "Text");
      Object lead = scope.getVariable(p + "LeadUnit");
      Object due = scope.getVariable(p + "DueDate");
      if (blank(text) && blank(lead) && blank(due)) {
        continue;
      }
      Map<String, Object> item = new LinkedHashMap<>();
      item.put(Item.TEXT, text);
      item.put(Item.LEAD_UNIT, lead);
      item.put(Item.DUE_DATE, due);
      item.put(Item.COOPERATING_UNITS, JsonVariables.listOfStrings(
          scope.getVariableTyped(p + "CooperatingUnits"), Item.COOPERATING_UNITS, "Danh sách đơn vị phối hợp"));
      fromSlots.add(item);
    }
    return fromSlots.isEmpty() ? JsonVariables.listOfObjects(scope.getVariableTyped(listVariable)) : fromSlots;
  }

  private static boolean blank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
