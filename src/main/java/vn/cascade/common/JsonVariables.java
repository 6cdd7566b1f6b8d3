package vn.cascade.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Process variables that hold JSON: Tasklist submits lists and objects of Camunda Forms as {@code Json} variables,
 * and select options for forms are stored as {@code Json} so Tasklist parses them.
 */
public final class JsonVariables {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  private JsonVariables() {}

  public static JsonValue json(Object value) {
    try {
      return SpinValues.jsonValue(MAPPER.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write JSON variable", e);
    }
  }

  /** Reads a list of objects from a variable value that may be a Spin JSON node, a JSON string or a list. */
  public static List<Map<String, Object>> listOfObjects(Object value) {
    if (value == null) {
      return List.of();
    }
    Object raw = value instanceof TypedValue typed ? typed.getValue() : value;
    String json;
    if (raw instanceof SpinJsonNode node) {
      json = node.toString();
    } else if (raw instanceof String s) {
      json = s;
    } else {
      try {
        return MAPPER.convertValue(raw, new TypeReference<>() {});
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("items", "Danh sách nhiệm vụ không đúng định dạng (cần một danh sách JSON).");
      }
    }
    try {
      return MAPPER.readValue(json, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("items", "Danh sách nhiệm vụ không đúng định dạng.");
    }
  }

  /** Reads an object from a variable value that may be a Spin JSON node, a JSON string or a map; empty for null. */
  public static Map<String, Object> object(Object value) {
    Object raw = value instanceof TypedValue typed ? typed.getValue() : value;
    if (raw == null) {
      return Map.of();
    }
    try {
      String json = raw instanceof SpinJsonNode node ? node.toString()
          : raw instanceof String s ? s : MAPPER.writeValueAsString(raw);
      return MAPPER.readValue(json, new TypeReference<>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Not a JSON object: " + raw, e);
    }
  }

  /**
   * Reads a list of strings (e.g. a taglist's values); empty for null.
   *
   * @param field the field named in the refusal when the value is not a list of strings
   * @param label the field's name as the user sees it
   */
  public static List<String> listOfStrings(Object value, String field, String label) {
    if (value == null) {
      return List.of();
    }
    Object raw = value instanceof TypedValue typed ? typed.getValue() : value;
    if (raw == null) {
      return List.of();
    }
    try {
      String json = raw instanceof SpinJsonNode node ? node.toString()
          : raw instanceof String s ? (s.isBlank() ? "[]" : s) : MAPPER.writeValueAsString(raw);
      return MAPPER.readValue(json, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(field, label + " không đúng định dạng.");
    }
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
