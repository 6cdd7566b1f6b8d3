package vn.cascade.deadline;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of one process instance that a notice shows or routes by, read through the owning processes' API
 * constants: from a live scope (a task being created, a decision's execution), or from the values the morning check
 * loaded for a whole chunk of instances in one query.
 */
@FunctionalInterface
interface ProcessFacts {

  /** The value of the variable, or null when the instance has none. */
  Object get(String name);

  /** The first of the variables the instance has, or null. */
  default Object first(String... names) {
    for (String name : names) {
      Object value = get(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  static ProcessFacts of(VariableScope scope) {
    return name -> scope.hasVariable(name) ? scope.getVariable(name) : null;
  }

  static ProcessFacts of(Map<String, Object> variables) {
    return variables::get;
  }
}
