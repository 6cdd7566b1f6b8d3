package vn.cascade.support;

import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged application (target/cascade-*.jar, or another jar) in a JVM of its own, started in a folder of the
 * test's (its log there, {@code <name>.log}), ready once {@code /actuator/health/readiness} answers 200 (after the
 * start-up data is written); killed with SIGKILL ({@link #kill}, no shutdown hook) or stopped ({@link #stop},
 * SIGTERM, Spring's graceful shutdown).
 */
public final class AppProcess {

  /**
   * Per node, from its launch until it is ready; with several nodes started together this includes waiting for the
   * others' start-up (StartupLock): the second of two was ready 244 s after its launch on a loaded 2-core machine.
   */
  public static final Duration START = Duration.ofMinutes(6);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public final String name;
  public final int port;
  public final Path log;
  private final Process process;
  /** System.nanoTime() when the log said "Started CascadeApplication". */
  public final long startedAt;

  private AppProcess(String name, int port, Path log, Process process, long startedAt) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
    this.startedAt = startedAt;
  }

  /** The jar {@code ./mvnw verify} packaged before the integration tests. */
  public static Path packagedJar() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("cascade-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no packaged jar in target/ (run through ./mvnw verify)"))
          .toAbsolutePath();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts the packaged jar and waits until it is ready. */
  public static AppProcess start(String name, Path dir, int port, List<String> args) {
    return start(name, dir, packagedJar(), port, args);
  }

  /** Starts {@code jar} in {@code dir} on {@code port} with {@code args} and waits until it is ready. */
  public static AppProcess start(String name, Path dir, Path jar, int port, List<String> args) {
    try {
      Files.createDirectories(dir);
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar.toString(),
          "--server.port=" + port));
      command.addAll(args);
      Path log = dir.resolve(name + ".log");
      Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      CompletableFuture<Long> started = new CompletableFuture<>();
      Thread reader = new Thread(() -> {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8));
            PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
          String line;
          while ((line = out.readLine()) != null) {
            file.println(line);
            if (line.contains("Started CascadeApplication in")) {
              started.complete(System.nanoTime());
            }
          }
        } catch (IOException e) {
          // the process was killed
        }
        started.completeExceptionally(new AssertionError("application " + name + " ended before it started; see "
            + log));
      }, "app-output-" + name);
      reader.setDaemon(true);
      reader.start();
      long startedAt;
      try {
        startedAt = started.get(START.toSeconds(), TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException e) {
        throw (AssertionError) e.getCause();
      } catch (java.util.concurrent.TimeoutException e) {
        process.destroyForcibly();
        throw new AssertionError("application " + name + " did not start within " + START + "; see " + log);
      }
      AppProcess app = new AppProcess(name, port, log, process, startedAt);
      await("application " + name + " ready").atMost(START).pollInterval(Duration.ofMillis(300))
          .ignoreException(IOException.class)
          .until(() -> {
            if (!process.isAlive()) {
              throw new AssertionError("application " + name + " ended; see " + log);
            }
            return app.ready();
          });
      return app;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  boolean ready() throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
        + "/actuator/health/readiness")).timeout(Duration.ofSeconds(10)).GET().build();
    return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** SIGKILL on Linux: no shutdown hook, no commit in flight finished, the job locks left behind. */
  public void kill() {
    process.destroyForcibly();
    waitFor();
  }

  /** SIGTERM: Spring's shutdown (the job executor stops, the web server closes). */
  public void stop() {
    process.destroy();
    waitFor();
  }

  private void waitFor() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
