package vn.cascade.common;

/** Small helpers for exception chains (the engine may wrap what a listener throws). */
public final class Errors {

  private Errors() {}

  public static <T> T findCause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
