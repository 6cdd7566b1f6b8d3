package vn.cascade.common;

import java.util.ArrayList;
import java.util.List;

/** Collects field errors and throws them together, so the user sees every problem at once. */
public final class Validation {

  private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

  public Validation require(boolean condition, String field, String message) {
    if (!condition) {
      errors.add(new InvalidInputException.FieldError(field, message));
    }
    return this;
  }

  public boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }

  public Validation requireText(Object value, String field, String message) {
    return require(!isBlank(value), field, message);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
