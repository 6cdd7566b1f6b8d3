package vn.cascade.common;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Bad input from a user: carries one or more Vietnamese messages, each tied to the field it concerns.
 * Thrown inside process listeners and services; the transaction rolls back, so nothing is half-saved.
 * It is a {@link BadUserRequestException}, so the engine passes it through unwrapped and {@code /engine-rest}
 * answers 400 with its message, which Tasklist shows on the form; Cascade's API answers 400 with the field list.
 */
public class InvalidInputException extends BadUserRequestException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(String.join("; ", errors.stream().map(FieldError::message).toList()));
    this.errors = List.copyOf(errors);
    Refusals.remember(this);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  public record FieldError(String field, String message) {}
}
