package vn.cascade.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a benchmark runs: the highest used heap seen (sampled every 20 ms, garbage included) and
 * the highest heap left after a garbage collection (what the work really holds on to).
 */
final class HeapWatch implements AutoCloseable {

  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakAfterGc = new AtomicLong();
  private final java.util.concurrent.ScheduledExecutorService sampler;
  private final List<Runnable> unsubscribe = new ArrayList<>();

  HeapWatch() {
    // sample the used heap every 20 ms
    sampler = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "heap-watch");
      t.setDaemon(true);
      return t;
    });
    sampler.scheduleAtFixedRate(() -> peakUsed.accumulateAndGet(
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max),
        0, 20, java.util.concurrent.TimeUnit.MILLISECONDS);
    NotificationListener listener = (Notification n, Object handback) -> {
      if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
            .filter(u -> u != null).mapToLong(MemoryUsage::getUsed).sum();
        // non-heap pools (Metaspace, code cache) are not in the GC's map for G1's heap pools only; subtract them
        peakAfterGc.accumulateAndGet(after - nonHeapIn(info), Math::max);
      }
    };
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(listener, null, null);
        unsubscribe.add(() -> {
          try {
            emitter.removeNotificationListener(listener);
          } catch (Exception e) {
            // already gone
          }
        });
      }
    }
  }

  private static long nonHeapIn(GarbageCollectionNotificationInfo info) {
    long nonHeap = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.NON_HEAP) {
        MemoryUsage usage = info.getGcInfo().getMemoryUsageAfterGc().get(pool.getName());
        if (usage != null) {
          nonHeap += usage.getUsed();
        }
      }
    }
    return nonHeap;
  }

  long peakUsedMb() {
    return peakUsed.get() / (1024 * 1024);
  }

  /** Null when no collection happened while watching (a short run). */
  Long peakAfterGcMb() {
    return peakAfterGc.get() == 0 ? null : peakAfterGc.get() / (1024 * 1024);
  }

  @Override
  public void close() {
    sampler.shutdownNow();
    unsubscribe.forEach(Runnable::run);
  }
}
