package vn.cascade.dispatch;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The collections of the multi-instance "assign units" activities ({@code ${dispatchRecipients.batches(dispatchId)}}):
 * a dispatch's recipient units in batches, each batch one job that starts its units' assignments.
 */
@Component("dispatchRecipients")
public class DispatchRecipients {

  /** Separates the unit codes of a batch (unit codes never contain it). */
  public static final String SEPARATOR = ",";
  /** Unit codes have at most 63 characters: 60 of them and their separators fit a 4,000-character string. */
  static final int MAX_BATCH_SIZE = 60;

  private final DispatchService dispatches;
  private final int batchSize;

  public DispatchRecipients(DispatchService dispatches, @Value("${cascade.dispatch.batch-size:50}") int batchSize) {
    if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw new IllegalArgumentException("cascade.dispatch.batch-size must be between 1 and " + MAX_BATCH_SIZE
          + " (a batch is one string variable of at most 4,000 characters), not " + batchSize);
    }
    this.dispatches = dispatches;
    this.batchSize = batchSize;
  }

  /**
   * The recipient units in batches of at most {@code cascade.dispatch.batch-size}, each batch its unit codes joined
   * by {@link #SEPARATOR} (a short string variable per multi-instance execution).
   */
  public List<String> batches(Long dispatchId) {
    List<String> units = dispatches.recipients(dispatchId);
    List<String> batches = new ArrayList<>();
    for (int from = 0; from < units.size(); from += batchSize) {
      batches.add(String.join(SEPARATOR, units.subList(from, Math.min(units.size(), from + batchSize))));
    }
    return batches;
  }

  /** The unit codes of one batch. */
  public static List<String> unitsOf(String batch) {
    return batch == null || batch.isBlank() ? List.of() : List.of(batch.split(SEPARATOR));
  }
}
