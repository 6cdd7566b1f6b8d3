package vn.cascade.reporting.process;

import java.util.List;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import vn.cascade.common.FormValues;
import vn.cascade.common.JsonVariables;

/** Reading form values: a list of strings from a taglist (Json), a REST list, or comma-separated text. */
final class Variables {

  private Variables() {}

  static List<String> strings(Object value) {
    Object raw = value instanceof TypedValue typed ? typed.getValue() : value;
    if (raw == null) {
      return List.of();
    }
    if (raw instanceof SpinJsonNode node) {
      raw = node.toString();
    }
    if (raw instanceof List<?> list) {
      return list.stream().filter(o -> o != null && !o.toString().isBlank()).map(Object::toString).toList();
    }
    String text = raw.toString().trim();
    if (text.startsWith("[")) {
      try {
        return strings(JsonVariables.mapper().readValue(text, List.class));
      } catch (java.io.IOException e) {
        return List.of();
      }
    }
    return text.isEmpty() ? List.of() : List.of(text.split("\\s*,\\s*"));
  }

  /** A text variable; a number, true/false or an object where text belongs is refused naming the field. */
  static String text(org.camunda.bpm.engine.delegate.VariableScope scope, String name) {
    return FormValues.text(scope.getVariable(name), name);
  }

  static Long id(Object value) {
    return FormValues.id(value, "id");
  }
}
