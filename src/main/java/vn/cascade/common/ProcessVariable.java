package vn.cascade.common;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable with its name and its type, declared once in a process-API class and read and written without
 * casts: {@code AssignmentProcess.DISPATCH.from(execution)} is a {@code Long}. The idea of holunda's camunda-bpm-data
 * in a few lines (that library is not served here and brings Kotlin): the engine stores numbers as Integer, Long or
 * String depending on who wrote them (a form, the REST API, a delegate), so reading converts rather than casts.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Function<Object, T> reader;
  private final Function<T, Object> writer;

  private ProcessVariable(String name, Function<Object, T> reader, Function<T, Object> writer) {
    this.name = name;
    this.reader = reader;
    this.writer = writer;
  }

  public static ProcessVariable<String> string(String name) {
    return new ProcessVariable<>(name, Object::toString, v -> v);
  }

  /** A record id: a {@code Long} however the engine stored it (Integer, Long, or a numeric String). */
  public static ProcessVariable<Long> id(String name) {
    return new ProcessVariable<>(name, v -> v instanceof Number n ? n.longValue() : Long.valueOf(v.toString().trim()),
        v -> v);
  }

  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(name, v -> v instanceof Number n ? n.intValue() : Integer.valueOf(v.toString().trim()),
        v -> v);
  }

  public static ProcessVariable<Boolean> bool(String name) {
    return new ProcessVariable<>(name, v -> v instanceof Boolean b ? b : Boolean.valueOf(v.toString().trim()), v -> v);
  }

  /** A day: read from a {@link Date} (in the province's zone), a {@link LocalDate} or an ISO text; kept as a Date. */
  public static ProcessVariable<LocalDate> date(String name) {
    return new ProcessVariable<>(name, v -> Dates.parse(v, name, name),
        v -> v == null ? null : Date.from(v.atStartOfDay(Dates.ZONE).toInstant()));
  }

  public String name() {
    return name;
  }

  /** The value in {@code scope} (an execution, a task, a variable map's scope); null when absent or blank. */
  public T from(VariableScope scope) {
    return read(scope.getVariable(name));
  }

  /** The value in a variable map (e.g. a start's or a completion's variables); null when absent or blank. */
  public T from(Map<String, ?> variables) {
    return read(variables.get(name));
  }

  /** The value, which the process always has at this point: a missing one is a modelling error, said so. */
  public T require(VariableScope scope) {
    T value = from(scope);
    if (value == null) {
      throw new IllegalStateException("process variable '" + name + "' is not set");
    }
    return value;
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, writer.apply(value));
  }

  /** Puts the value into a variable map for a start, a message or a completion. */
  public <M extends Map<String, Object>> M putIn(M variables, T value) {
    variables.put(name, writer.apply(value));
    return variables;
  }

  private T read(Object raw) {
    if (raw == null || raw instanceof String s && s.isBlank()) {
      return null;
    }
    return reader.apply(raw);
  }

  @Override
  public String toString() {
    return name;
  }
}
