package vn.cascade.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What a user task's form lets its user write, read from the task's Camunda Form ({@code bpmn/*.form}) itself: the
 * key of every field that is not disabled, with the kind of value the field gives. Read-only fields are submitted
 * by Tasklist as they were shown, so they are accepted only unchanged. Disabled fields (and path keys such as
 * {@code info.dueDateText}) are not submitted and not accepted. The form is the contract: a field added in Camunda
 * Modeler is accepted from then on, a variable that no field names never is.
 */
public final class FormContract {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The kinds of value a form field gives, and the variable types each accepts. */
  public enum Kind {
    TEXT("văn bản"), NUMBER("số"), BOOLEAN("đúng hoặc sai"), LIST("danh sách");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    boolean accepts(TypedValue value) {
      if (value instanceof ObjectValue object && !object.isDeserialized()) {
        // as REST sends it; a Java-serialized object is never accepted
        return this == LIST && "application/json".equals(object.getSerializationDataFormat());
      }
      if (value == null || value.getValue() == null || value.getType() == ValueType.NULL) {
        return true;
      }
      String type = value.getType() == null ? "" : value.getType().getName();
      return switch (this) {
        case TEXT -> value.getValue() instanceof String;
        case NUMBER -> value.getValue() instanceof Number;
        case BOOLEAN -> value.getValue() instanceof Boolean;
        // Tasklist submits lists as Json; an object variable is accepted only in JSON, never Java-serialized
        case LIST -> "json".equals(type) || value instanceof ObjectValue object
            && "application/json".equals(object.getSerializationDataFormat())
            || value.getType() == null && (value.getValue() instanceof java.util.Collection<?>
                || value.getValue() instanceof org.camunda.spin.json.SpinJsonNode);
      };
    }
  }

  /** One field: its label as the user sees it, its kind, and whether it is shown read-only. */
  public record Field(String key, String label, Kind kind, boolean readonly) {}

  private static final Map<String, Kind> KINDS = Map.of("textfield", Kind.TEXT, "textarea", Kind.TEXT,
      "select", Kind.TEXT, "radio", Kind.TEXT, "datetime", Kind.TEXT, "number", Kind.NUMBER,
      "checkbox", Kind.BOOLEAN, "taglist", Kind.LIST, "checklist", Kind.LIST, "dynamiclist", Kind.LIST);

  static final FormContract NONE = new FormContract(Map.of());

  private final Map<String, Field> fields;

  private FormContract(Map<String, Field> fields) {
    this.fields = Collections.unmodifiableMap(fields);
  }

  /** The contract of the form {@code content} (a Camunda Form's JSON). */
  public static FormContract read(InputStream content) throws IOException {
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(JSON.readTree(content), fields);
    return new FormContract(fields);
  }

  /** The same, plus variables a task's listener documents in the model (see {@link FormContracts}). */
  FormContract with(Map<String, Kind> documented) {
    Map<String, Field> all = new LinkedHashMap<>(fields);
    documented.forEach((key, kind) -> all.putIfAbsent(key, new Field(key, key, kind, false)));
    return new FormContract(all);
  }

  private static void collect(JsonNode node, Map<String, Field> fields) {
    for (JsonNode component : node.path("components")) {
      String type = component.path("type").asText();
      Kind kind = KINDS.get(type);
      // a dynamic list binds its rows by path; other components by key
      String key = "dynamiclist".equals(type) ? component.path("path").asText(null) : component.path("key").asText(null);
      if (kind != null && key != null && !key.contains(".") && !component.path("disabled").asBoolean(false)) {
        fields.put(key, new Field(key, component.path("label").asText(key), kind,
            component.path("readonly").asBoolean(false)));
      }
      if (!"dynamiclist".equals(type)) {
        collect(component, fields);
      }
    }
  }

  public Field field(String key) {
    return fields.get(key);
  }

  public Set<String> keys() {
    return fields.keySet();
  }
}
