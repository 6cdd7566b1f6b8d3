package vn.cascade.support;

import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import vn.cascade.common.Errors;
import vn.cascade.common.InvalidInputException;

/** Bad input is refused with an {@link InvalidInputException}, which the engine may wrap (task listeners). */
public final class Refusals {

  private Refusals() {}

  public static InvalidInputException refused(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    InvalidInputException invalid = Errors.findCause(thrown, InvalidInputException.class);
    if (invalid == null) {
      throw new AssertionError("Expected the input to be refused, but got: " + thrown, thrown);
    }
    return invalid;
  }
}
