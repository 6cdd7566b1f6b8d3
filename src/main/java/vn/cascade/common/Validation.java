package vn.cascade.common;

import java.time.LocalDate;
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

  /** The date in {@code value} (see {@link Dates#parse}), or null with its error collected. */
  public LocalDate date(Object value, String field, String label) {
    try {
      return Dates.parse(value, field, label);
    } catch (InvalidInputException e) {
      addAll(e, "");
      return null;
    }
  }

  /** The value as text (see {@link FormValues#text}), or null with its error collected when it is not text. */
  public String text(Object value, String field, String label) {
    try {
      return FormValues.text(value, field, label);
    } catch (InvalidInputException e) {
      addAll(e, "");
      return null;
    }
  }

  /** Collects every error of a refused input, each message after {@code messagePrefix}. */
  public Validation addAll(InvalidInputException refusal, String messagePrefix) {
    refusal.errors().forEach(err -> require(false, err.field(), messagePrefix + err.message()));
    return this;
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
