package vn.cascade.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.cascade.support.TestMailServer;

/**
 * What the benchmarks share: a fresh database per benchmark (an H2 file under target/bench, as the application
 * runs by default, or with {@code -Ppostgres} a fresh PostgreSQL database), the machine, and the results file
 * {@code target/bench/results.json}, into which every benchmark merges its figures.
 */
final class Bench {

  static final Path DIR = Path.of("target", "bench");
  static final Path RESULTS = DIR.resolve("results.json");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Bench() {}

  /** "h2" or "postgresql" (profile postgres). */
  static String db() {
    return "postgresql".equals(System.getProperty("cascade.test.database")) ? "postgresql" : "h2";
  }

  static boolean onPostgres() {
    return db().equals("postgresql");
  }

  /** A fresh database named after the benchmark; registered as the context's data source. */
  static void freshDatabase(DynamicPropertyRegistry registry, String name) {
    if (onPostgres()) {
      String host = System.getProperty("cascade.test.postgres-host", "127.0.0.1:5432");
      String database = "cascade_bench_" + name;
      try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + host + "/postgres", "postgres", "");
          Statement sql = admin.createStatement()) {
        sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        sql.execute("CREATE DATABASE " + database);
      } catch (SQLException e) {
        throw new IllegalStateException("PostgreSQL on " + host + ": " + e.getMessage(), e);
      }
      registry.add("spring.datasource.url", () -> "jdbc:postgresql://" + host + "/" + database);
      registry.add("spring.datasource.username", () -> "postgres");
      registry.add("spring.datasource.password", () -> "");
    } else {
      Path file = DIR.resolve("h2-" + name).toAbsolutePath();
      try {
        Files.createDirectories(DIR);
        Files.deleteIfExists(Path.of(file + ".mv.db"));
        Files.deleteIfExists(Path.of(file + ".trace.db"));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      // WRITE_DELAY=0 as in application.yml: every commit written before it returns
      registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"
          + System.getProperty("bench.h2", ""));
    }
  }

  static double seconds(long startNanos) {
    return round((System.nanoTime() - startNanos) / 1e9, 2);
  }

  static double seconds(long startNanos, long endNanos) {
    return round((endNanos - startNanos) / 1e9, 2);
  }

  /** CPU time of the whole JVM so far (every thread, the embedded database's included). */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }

  static long usedHeapMb() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return heap.getUsed() / (1024 * 1024);
  }

  /** Percentile (nearest rank) of the sorted values. */
  static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return round(sorted.get(Math.max(0, rank - 1)), 2);
  }

  /** Cores, memory, JVM and maximum heap of this run. */
  static ObjectNode machine() {
    ObjectNode machine = JSON.createObjectNode();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getTotalMemorySize();
    machine.put("memoryMb", memory / (1024 * 1024));
    machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    machine.put("loadAverage", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    try {
      String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(null);
      machine.put("cpu", cpu);
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return machine;
  }

  /** Reads, changes and writes the results file (benchmarks run one after another in one JVM). */
  static synchronized void update(java.util.function.Consumer<ObjectNode> change) {
    try {
      Files.createDirectories(DIR);
      ObjectNode root = Files.exists(RESULTS) ? (ObjectNode) JSON.readTree(RESULTS.toFile())
          : JSON.createObjectNode();
      change.accept(root);
      root.set("machine", machine());
      Files.writeString(RESULTS, JSON.writeValueAsString(root));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Replaces the entry of {@code list} whose {@code keys} equal those of {@code entry}, or appends it. */
  static void upsert(ObjectNode root, String list, Map<String, Object> entry, String... keys) {
    ArrayNode array = root.has(list) ? (ArrayNode) root.get(list) : root.putArray(list);
    ObjectNode node = JSON.valueToTree(entry);
    for (int i = 0; i < array.size(); i++) {
      boolean same = true;
      for (String key : keys) {
        same &= Objects.equals(array.get(i).path(key).asText(null), node.path(key).asText(null));
      }
      if (same) {
        array.set(i, node);
        return;
      }
    }
    array.add(node);
  }

  /** A figure that exists once per database: the H2 value at the top level, others under "postgresql". */
  static void putPerDb(ObjectNode root, String field, Object value) {
    ObjectNode target = !onPostgres() ? root
        : root.has("postgresql") ? (ObjectNode) root.get("postgresql") : root.putObject("postgresql");
    target.set(field, JSON.valueToTree(value));
  }

  static void print(String what, Object figures) {
    try {
      System.out.println("[bench] " + db() + " " + what + ": " + new ObjectMapper().writeValueAsString(figures));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void resetMailbox() {
    TestMailServer.reset();
  }
}
