package vn.cascade.common;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * State that lives as long as the current transaction: kept as one of its synchronizations, so a transaction of its
 * own (REQUIRES_NEW), which suspends them, gets its own, and it is gone when the transaction ends.
 */
public final class TransactionScoped {

  private TransactionScoped() {}

  /** This transaction's instance of {@code type}, created on first use; null outside a transaction. */
  public static <T extends TransactionSynchronization> T current(Class<T> type, Supplier<T> create) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    T existing = find(type);
    if (existing != null) {
      return existing;
    }
    T created = create.get();
    TransactionSynchronizationManager.registerSynchronization(created);
    return created;
  }

  /** This transaction's instance of {@code type} if one was created; null otherwise or outside a transaction. */
  public static <T extends TransactionSynchronization> T find(Class<T> type) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
      if (type.isInstance(synchronization)) {
        return type.cast(synchronization);
      }
    }
    return null;
  }
}
