package id.aduan.app.sink;

import id.aduan.app.ConnectionOptions;
import id.aduan.app.serve.Preflight;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.sink.SinkApp;
import id.aduan.sink.SinkSettings;
import id.aduan.sink.db.Database;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The sink: cases, their history, escalations, surveys and metrics into PostgreSQL. */
@Command(
    name = "sink",
    mixinStandardHelpOptions = true,
    description = {
      "Store cases.state, cases.escalations, surveys.responses, metrics.resolution and metrics.units in",
      "PostgreSQL (tables cases, case_events, escalations, surveys, resolution_metrics, unit_metrics and report",
      "views), exactly once in effect: each poll's rows and the positions after them are one transaction.",
      "The schema is migrated (Flyway) at start. While the database is down the sink pauses, retries and",
      "answers 503 on /health/ready; records it cannot store go to sink.dlq with their reason. /metrics on the",
      "same port counts rows written per table, dead letters per reason and the records behind (lag).",
      "Exits 1 if Kafka, the registry or the database cannot be reached or a topic is missing; Ctrl-C or",
      "SIGTERM stop it cleanly."
    })
public final class ServeSinkCommand implements Callable<Integer> {
  @Mixin ConnectionOptions connection;
  @Mixin SinkDatabaseOptions database;
  @Spec CommandSpec spec;

  @Option(names = "--health-port", paramLabel = "PORT",
      defaultValue = "${env:ADUAN_SINK_HEALTH_PORT:-" + SinkSettings.DEFAULT_HEALTH_PORT + "}",
      description = "Port of /metrics, /health/live and /health/ready (default: $ADUAN_SINK_HEALTH_PORT, else ${DEFAULT-VALUE}; 0 picks a free one, -1 serves none).")
  int healthPort;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    Map<String, Object> props = connection.clientProps();
    SinkSettings settings;
    String problem;
    try {
      settings = database.settings().withHealthPort(healthPort);
      problem = problem(props, settings);
    } catch (RuntimeException e) {
      settings = null;
      problem = e.getMessage();
    }
    if (problem != null) {
      err.println("Cannot start the sink: " + problem);
      err.flush();
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    SinkApp sink;
    try {
      sink = SinkApp.start(props, settings, (thread, e) -> {
        failure.set(e);
        stopped.countDown();
      });
    } catch (RuntimeException e) {
      err.println("Cannot start the sink: " + e.getMessage());
      err.flush();
      return 1;
    }
    try (sink) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        sink.close();
        stopped.countDown();
      }, "aduan-sink-shutdown"));
      err.println("Sink running into " + settings.redactedUrl() + ", metrics and health on port " + sink.healthPort()
          + " (Ctrl-C to stop)");
      err.flush();
      stopped.await();
      if (failure.get() != null) {
        err.println("Sink stopped: " + failure.get().getMessage());
        err.flush();
        return 1;
      }
    }
    return 0;
  }

  /** Kafka and the topics, then the registry, then the database: the first that fails is reported. */
  private static String problem(Map<String, Object> props, SinkSettings settings) {
    TopicCatalogue topics = TopicCatalogue.from(props);
    String problem = Preflight.problem(props, List.of(topics.caseState().name(), topics.caseEscalations().name(),
        topics.surveyResponses().name(), topics.resolutionMetrics().name(), topics.unitMetrics().name(),
        topics.sinkDlq().name()));
    if (problem != null) {
      return problem;
    }
    try {
      topics.registry().subjects();
    } catch (RuntimeException e) {
      return "cannot reach the schema registry at " + props.get("schema.registry.url") + ": " + e.getMessage();
    }
    return Database.problem(settings);
  }
}
