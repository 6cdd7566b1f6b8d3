package vn.cascade.common;

/**
 * A record asked for by its id does not exist: Cascade's API answers 404 (an {@link InvalidInputException}, so a
 * listener or the engine treats it as bad input like any other).
 */
public class RecordNotFoundException extends InvalidInputException {

  public RecordNotFoundException(String field, String message) {
    super(field, message);
  }
}
