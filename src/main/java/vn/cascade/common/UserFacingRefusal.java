package vn.cascade.common;

/**
 * An exception from a feature that says, in Vietnamese, why a request cannot be carried out (e.g. a date in a year
 * the holiday table does not know). Cascade's API answers it 400 with {@link #userMessage()}; the shared package
 * thus handles a feature's refusal without knowing the feature.
 */
public interface UserFacingRefusal {

  String userMessage();
}
