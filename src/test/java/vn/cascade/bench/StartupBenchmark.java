package vn.cascade.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Start-up of the packaged application ({@code target/cascade-*.jar}, built by the package phase before the
 * benchmarks run) in a JVM of its own, as production starts it (no demo profile, {@code -Xmx1g}): wall time from
 * launching the JVM until Spring Boot reports it started, on an empty database (schema created) and again on the
 * same database (a restart); then the heap in use at rest, after a full GC ({@code jcmd GC.run}, {@code
 * GC.heap_info}). The application's output is kept in {@code target/bench/startup-*.log}.
 */
class StartupBenchmark {

  static final Pattern STARTED = Pattern.compile("Started CascadeApplication in ([0-9.]+) seconds");
  static final Pattern USED = Pattern.compile("used (\\d+)K");

  @Test
  void startUpAndMemoryAtRest() throws Exception {
    Path jar;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      jar = files.filter(p -> p.getFileName().toString().matches("cascade-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no packaged jar in target/ (run through ./mvnw verify)"));
    }
    Map<String, String> datasource = new LinkedHashMap<>();
    Bench.freshDatabase(new DynamicPropertyRegistry() {
      @Override
      public void add(String name, java.util.function.Supplier<Object> value) {
        datasource.put(name, value.get().toString());
      }
    }, "startup");
    Run first = start(jar, datasource, true);
    Run restart = start(jar, datasource, false);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("db", Bench.db());
    figures.put("firstStartSeconds", first.seconds());
    figures.put("restartSeconds", restart.seconds());
    figures.put("springReportedSeconds", restart.springSeconds());
    figures.put("heapAtRestMb", restart.heapAtRestMb());
    figures.put("heapCommittedMb", restart.heapCommittedMb());
    Bench.print("start-up", figures);
    Bench.update(root -> {
      Bench.putPerDb(root, "startupSeconds", restart.seconds());
      Bench.putPerDb(root, "startup", figures);
    });
  }

  record Run(double seconds, double springSeconds, long heapAtRestMb, long heapCommittedMb) {}

  Run start(Path jar, Map<String, String> datasource, boolean first) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx1g", "-XX:+UseG1GC", "-jar", jar.toString(), "--server.port=" + port));
    datasource.forEach((k, v) -> command.add("--" + k + "=" + v));
    Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
    long start = System.nanoTime();
    try {
      CompletableFuture<Double> started = new CompletableFuture<>();
      Thread reader = new Thread(() -> {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(),
            StandardCharsets.UTF_8))) {
          String line;
          java.io.PrintWriter log = new java.io.PrintWriter(Files.newBufferedWriter(
              Bench.DIR.resolve(first ? "startup-first.log" : "startup-restart.log"), StandardCharsets.UTF_8), true);
          while ((line = out.readLine()) != null) {
            log.println(line);
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
              started.complete(Double.parseDouble(m.group(1)));
            }
            if (line.contains("APPLICATION FAILED TO START")) {
              started.completeExceptionally(new IllegalStateException(line));
            }
          }
          started.completeExceptionally(new IllegalStateException("the application ended before it started"));
        } catch (IOException e) {
          started.completeExceptionally(e);
        }
      }, "app-output");
      reader.setDaemon(true);
      reader.start();
      double springSeconds = started.get(5, TimeUnit.MINUTES);
      double seconds = Bench.seconds(start);
      // at rest: the start-up work (organisation sync, deployment) is done; a full GC leaves what the app holds
      jcmd(app.pid(), "GC.run");
      String heap = jcmd(app.pid(), "GC.heap_info");
      Matcher used = USED.matcher(heap);
      long usedMb = used.find() ? Long.parseLong(used.group(1)) / 1024 : -1;
      Matcher total = Pattern.compile("total (\\d+)K").matcher(heap);
      long committedMb = total.find() ? Long.parseLong(total.group(1)) / 1024 : -1;
      System.out.println("[bench] " + (first ? "first start" : "restart") + ": " + seconds + " s (Spring: "
          + springSeconds + " s), heap at rest " + usedMb + " MB of " + committedMb + " MB committed");
      return new Run(seconds, springSeconds, usedMb, committedMb);
    } finally {
      app.destroy();
      if (!app.waitFor(30, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
  }

  static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
        String.valueOf(pid), command).redirectErrorStream(true).start();
    String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    jcmd.waitFor();
    return out;
  }
}
