package vn.cascade.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import vn.cascade.common.JsonVariables;

/** The figure rows of a report ({@link UnitReportProcess.Figure}), kept as JSON in the report's tables. */
public final class Figures {

  private Figures() {}

  /** Figure rows from JSON (a list of objects), blank rows left out; an empty list for none. */
  public static List<Map<String, Object>> of(String json) {
    return json == null || json.isBlank() ? List.of() : JsonVariables.listOfObjects(json).stream()
        .filter(row -> row.values().stream().anyMatch(value -> value != null && !value.toString().isBlank()))
        .toList();
  }

  static String json(Object value) {
    try {
      return JsonVariables.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
