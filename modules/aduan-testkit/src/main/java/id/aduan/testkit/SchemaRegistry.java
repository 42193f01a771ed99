package id.aduan.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real schema registry, Apicurio Registry 3, in a child JVM, speaking the Confluent REST API at
 * {@link #url()}. The build unpacks it (see the parent pom) into {@code aduan.registry.home}; it needs Java
 * 21+, found by {@link JavaRuntimes}. Storage is in memory, so every start is empty.
 */
public final class SchemaRegistry implements AutoCloseable {
  public static final String HOME_PROPERTY = "aduan.registry.home";
  public static final String HOME_ENV = "ADUAN_REGISTRY_HOME";
  private static final int REQUIRED_JAVA = 21;
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

  private final Process process;
  private final int port;
  private final Path log;

  private SchemaRegistry(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts a registry on free ports and waits until it reports ready. */
  public static SchemaRegistry start() {
    Path home = home();
    Path java = JavaRuntimes.findJava(REQUIRED_JAVA);
    int port = FreePorts.next();
    int managementPort = FreePorts.next();
    try {
      Path log = Files.createTempFile("aduan-schema-registry-" + port + "-", ".log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  java.toString(),
                  "-Xmx384m",
                  "-XX:+UseSerialGC",
                  "-XX:TieredStopAtLevel=1",
                  "-jar",
                  home.resolve("quarkus-run.jar").toString())
              .directory(home.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
      builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
      builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
      builder.environment().put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
      builder.environment().put("QUARKUS_LOG_LEVEL", "WARN");
      Process process = builder.start();
      SchemaRegistry registry = new SchemaRegistry(process, port, log);
      registry.awaitReady(URI.create("http://127.0.0.1:" + managementPort + "/health/ready"));
      return registry;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the schema registry from " + home, e);
    }
  }

  private static Path home() {
    String configured = System.getProperty(HOME_PROPERTY, System.getenv(HOME_ENV));
    if (configured == null || !Files.isRegularFile(Path.of(configured, "quarkus-run.jar"))) {
      throw new IllegalStateException(
          "The schema registry is not unpacked (" + HOME_PROPERTY + "=" + configured + "). Run the tests "
              + "through Maven from the project root (`./mvnw verify`), which unpacks io.apicurio:apicurio-registry-app "
              + "into target/, or set " + HOME_ENV + " to an unpacked copy.");
    }
    return Path.of(configured);
  }

  private void awaitReady(URI health) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The schema registry exited during start-up:\n" + logTail());
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new IllegalStateException("Interrupted while waiting for the schema registry", e);
      }
      sleep(250);
    }
    close();
    throw new IllegalStateException("The schema registry was not ready within " + STARTUP_TIMEOUT + ":\n" + logTail());
  }

  /** The Confluent-compatible API root, the value for {@code schema.registry.url}. */
  public String url() {
    return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
  }

  /** Stops the process without letting it answer, as a hung registry would (SIGSTOP). */
  public void freeze() {
    signal("STOP");
  }

  /** Lets a frozen registry run on (SIGCONT). */
  public void thaw() {
    signal("CONT");
  }

  private void signal(String name) {
    try {
      Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
      if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
        throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(log " + log + " unreadable: " + e.getMessage() + ")";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      thawQuietly();
      process.destroy();
      try {
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  private void thawQuietly() {
    try {
      thaw();
    } catch (RuntimeException alreadyGone) {
      // nothing to resume
    }
  }
}
