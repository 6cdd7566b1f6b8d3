package vn.cascade.common;

/**
 * Remembers, for the duration of one web request that opened a scope, the input refusal the engine raised, so that
 * the response can carry just its Vietnamese message, whatever the engine or its REST layer wrapped it in.
 */
public final class Refusals {

  private static final ThreadLocal<InvalidInputException[]> SCOPE = new ThreadLocal<>();

  private Refusals() {}

  public static void open() {
    SCOPE.set(new InvalidInputException[1]);
  }

  static void remember(InvalidInputException refusal) {
    InvalidInputException[] scope = SCOPE.get();
    if (scope != null && scope[0] == null) {
      scope[0] = refusal;
    }
  }

  /** The first refusal of the request, if any. */
  public static InvalidInputException first() {
    InvalidInputException[] scope = SCOPE.get();
    return scope == null ? null : scope[0];
  }

  public static void close() {
    SCOPE.remove();
  }
}
