package vn.cascade.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What Camunda Forms (form-js 1.8, the version Tasklist 7.24 bundles) refuses when it imports a form, and what a
 * form shows from the process: the checks behind {@link ModelValidationTest} and the test engine's
 * {@code FormBindingCheck}.
 *
 * <p>form-js refuses to import a form ("Lỗi biểu mẫu") when two components share an id ("form field with id
 * &lt;x&gt; already exists") or two fields claim the same binding path, or one field's path lies inside another's
 * ("binding path 'x' is already claimed").
 *
 * <p>A form <em>shows</em> the process's variables through its read-only and disabled fields, option sources
 * ({@code valuesKey}, {@code valuesExpression}), table data sources and {@code {{…}}} templates in text. Those the
 * form shows unconditionally must be variables the step provides; one hidden by a condition (e.g. "hide when there
 * is no return reason") may be absent.
 */
public final class FormRules {

  public static final Path MODELS = Path.of("bpmn");
  static final ObjectMapper JSON = new ObjectMapper();
  /** form-js field types that bind a value by their {@code key}. */
  static final Set<String> KEYED = Set.of("textfield", "textarea", "number", "datetime", "select", "radio",
      "checkbox", "checklist", "taglist", "expression", "filepicker");
  static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*(?:\\.[a-zA-Z_][a-zA-Z0-9_]*)*)\\s*}}");
  /** A FEEL expression that is just a (dotted) variable name, e.g. {@code =info.unitItems}. */
  static final Pattern SIMPLE_PATH = Pattern.compile("=\\s*([a-zA-Z_][a-zA-Z0-9_]*(?:\\.[a-zA-Z_][a-zA-Z0-9_]*)*)\\s*");

  private FormRules() {}

  /** Every form in {@code bpmn/} by its id. */
  public static Map<String, JsonNode> forms() {
    Map<String, JsonNode> forms = new HashMap<>();
    try (Stream<Path> paths = Files.walk(MODELS)) {
      for (Path file : paths.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        forms.put(form.get("id").asText(), form);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return forms;
  }

  /** What form-js would refuse when importing the form: duplicate ids, clashing binding paths. */
  public static List<String> importProblems(JsonNode form) {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<List<String>> claimed = new ArrayList<>();
    walkForImport(form.path("components"), List.of(), ids, claimed, problems);
    return problems;
  }

  private static void walkForImport(JsonNode components, List<String> parentPath, Set<String> ids,
      List<List<String>> claimed, List<String> problems) {
    for (JsonNode c : components) {
      String id = c.path("id").asText(null);
      if (id == null) {
        problems.add("a " + c.path("type").asText() + " component has no id");
      } else if (!ids.add(id)) {
        problems.add("form field with id <" + id + "> already exists");
      }
      String type = c.path("type").asText();
      if (KEYED.contains(type) && c.hasNonNull("key")) {
        List<String> path = new ArrayList<>(parentPath);
        path.addAll(Arrays.asList(c.get("key").asText().split("\\.")));
        for (List<String> other : claimed) {
          if (startsWith(path, other) || startsWith(other, path)) {
            problems.add("binding path '" + String.join(".", path) + "' of <" + id + "> is already claimed ('"
                + String.join(".", other) + "')");
          }
        }
        claimed.add(path);
      }
      if (c.has("components")) {
        List<String> path = new ArrayList<>(parentPath);
        if (c.hasNonNull("path") && !c.get("path").asText().isBlank()) {
          path.addAll(Arrays.asList(c.get("path").asText().split("\\.")));
        }
        // a dynamic list's rows are separate objects: its children claim paths of their own, within a row
        List<List<String>> inner = "dynamiclist".equals(type) ? new ArrayList<>() : claimed;
        walkForImport(c.get("components"), "dynamiclist".equals(type) ? List.of() : path, ids, inner, problems);
      }
    }
  }

  private static boolean startsWith(List<String> path, List<String> prefix) {
    return path.size() >= prefix.size() && path.subList(0, prefix.size()).equals(prefix);
  }

  /**
   * What would leave Tasklist 7.24's "Hoàn thành" disabled after valid input, or change what the user typed.
   * Tasklist disables the button while form-js's {@code errors} has any key, and form-js 1.8 keeps keys it should
   * drop: a dynamic list's row leaves {@code [null]} behind; a field that was refused and is then hidden by a
   * condition keeps its error, which nobody can clear. And a date field with {@code disallowPassedDates} clears a
   * typed past date without a word (then "Field is required."). The server checks all of these in Vietnamese.
   */
  public static List<String> tasklistProblems(JsonNode form) {
    List<String> problems = new ArrayList<>();
    Set<String> inputs = new HashSet<>();
    collectInputKeys(form.path("components"), inputs);
    walkForTasklist(form.path("components"), inputs, null, problems);
    return problems;
  }

  private static void collectInputKeys(JsonNode components, Set<String> keys) {
    for (JsonNode c : components) {
      if (KEYED.contains(c.path("type").asText()) && c.hasNonNull("key") && !c.path("readonly").asBoolean(false)
          && !c.path("disabled").asBoolean(false)) {
        keys.add(c.get("key").asText().split("\\.")[0]);
      }
      collectInputKeys(c.path("components"), keys);
    }
  }

  private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  private static void walkForTasklist(JsonNode components, Set<String> inputs, String hiddenBy,
      List<String> problems) {
    for (JsonNode c : components) {
      String id = c.path("id").asText();
      String type = c.path("type").asText();
      String hidden = hiddenBy;
      String hide = c.path("conditional").path("hide").asText(null);
      if (hide != null) {
        Matcher m = IDENTIFIER.matcher(hide.replaceAll("\"[^\"]*\"", ""));
        while (m.find()) {
          if (inputs.contains(m.group())) {
            hidden = m.group();
          }
        }
      }
      if ("dynamiclist".equals(type)) {
        problems.add("<" + id + "> is a dynamic list: Tasklist keeps its rows' error entries and never enables"
            + " \"Hoàn thành\" (use numbered fields)");
      }
      if (hidden != null && c.has("validate") && !c.get("validate").isEmpty()) {
        problems.add("<" + id + "> validates " + c.get("validate") + " but the input '" + hidden + "' can hide it:"
            + " its error would outlive it and keep \"Hoàn thành\" disabled (let the server refuse instead)");
      }
      if (c.path("disallowPassedDates").asBoolean(false)) {
        problems.add("<" + id + "> disallows past dates: a typed past date is cleared without a word");
      }
      walkForTasklist(c.path("components"), inputs, hidden, problems);
    }
  }

  /**
   * The variable paths the form shows unconditionally (not under a {@code hide} condition, not within a dynamic
   * list's rows), e.g. {@code info.dispatchSummary}, {@code dispatchNumber}, {@code subUnitOptions}.
   */
  public static Set<String> shownPaths(JsonNode form) {
    Set<String> paths = new java.util.LinkedHashSet<>();
    walkShown(form.path("components"), paths);
    return paths;
  }

  private static void walkShown(JsonNode components, Set<String> paths) {
    for (JsonNode c : components) {
      if (c.path("conditional").hasNonNull("hide")) {
        continue;
      }
      String type = c.path("type").asText();
      if (KEYED.contains(type) && c.hasNonNull("key")
          && (c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false))) {
        paths.add(c.get("key").asText());
      }
      for (String property : List.of("valuesKey")) {
        if (c.hasNonNull(property)) {
          paths.add(c.get(property).asText());
        }
      }
      for (String property : List.of("valuesExpression", "dataSource")) {
        if (c.hasNonNull(property)) {
          Matcher m = SIMPLE_PATH.matcher(c.get(property).asText());
          if (m.matches()) {
            paths.add(m.group(1));
          }
        }
      }
      if ("text".equals(type) && c.hasNonNull("text")) {
        Matcher m = TEMPLATE.matcher(c.get("text").asText());
        while (m.find()) {
          paths.add(m.group(1));
        }
      }
      if (c.has("components") && !"dynamiclist".equals(type)) {
        walkShown(c.get("components"), paths);
      }
    }
  }

  /**
   * The paths of {@link #shownPaths} that {@code provided} does not answer: {@code provided} tells whether a
   * top-level variable exists, and gives its value as JSON for a nested path.
   */
  public static List<String> missing(JsonNode form, Predicate<String> hasVariable,
      java.util.function.Function<String, JsonNode> jsonValue) {
    List<String> missing = new ArrayList<>();
    for (String path : shownPaths(form)) {
      String[] parts = path.split("\\.");
      if (!hasVariable.test(parts[0])) {
        missing.add(path);
        continue;
      }
      if (parts.length > 1) {
        JsonNode node = jsonValue.apply(parts[0]);
        for (int i = 1; i < parts.length && node != null; i++) {
          node = node.isObject() && node.has(parts[i]) ? node.get(parts[i]) : null;
        }
        if (node == null) {
          missing.add(path);
        }
      }
    }
    return missing;
  }
}
