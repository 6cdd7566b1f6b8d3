package vn.cascade.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Refused input is logged in one line at INFO ({@link WebappRefusalFilter}, {@link ApiExceptionHandler}), not as a
 * server error: Tasklist's engine API wraps a listener's or a form contract's refusal as a 500 and Camunda's REST
 * layer logs that at WARN with its stack trace before the refusal filter answers 400. Camunda offers no hook between
 * the two, so this filter of the logging framework drops exactly those events (a logger of Camunda's REST exceptions,
 * an {@link InvalidInputException} among the causes); every other REST failure is logged as before. Declared in
 * {@code logback-spring.xml}, so that it survives the logging system's re-initialisation.
 */
public class RefusalLogFilter extends TurboFilter {

  private static final String CAMUNDA_REST_EXCEPTIONS = "org.camunda.bpm.engine.rest.exception";
  private static final String REFUSAL = InvalidInputException.class.getName() + ":";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
      Throwable t) {
    if (logger == null || !logger.getName().startsWith(CAMUNDA_REST_EXCEPTIONS)) {
      return FilterReply.NEUTRAL;
    }
    // Camunda's REST layer writes the exception out as text, in the message or as one of its parameters
    if (isRefusal(t) || format != null && format.contains(REFUSAL)) {
      return FilterReply.DENY;
    }
    if (params != null) {
      for (Object param : params) {
        if (param instanceof Throwable thrown && isRefusal(thrown)
            || param instanceof String text && text.contains(REFUSAL)) {
          return FilterReply.DENY;
        }
      }
    }
    return FilterReply.NEUTRAL;
  }

  private static boolean isRefusal(Throwable t) {
    return t != null && Errors.findCause(t, InvalidInputException.class) != null;
  }
}
