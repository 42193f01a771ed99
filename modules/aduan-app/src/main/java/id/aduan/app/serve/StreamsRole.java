package id.aduan.app.serve;

import id.aduan.ops.BrokerCheck;
import id.aduan.ops.Health;
import id.aduan.ops.OpsEndpoints;
import id.aduan.ops.OpsHttpServer;
import id.aduan.ops.RoleMetrics;
import id.aduan.streams.job.StreamsRunner;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * How every Streams role runs as a process: checks the cluster and its topics first, serves metrics and health
 * while it works, and ends with an exit code a supervisor can act on: 0 after Ctrl-C or SIGTERM (the job closed
 * within its timeout), 1 when it could not start or its Kafka Streams client failed.
 */
final class StreamsRole {
  private final String role;
  private final PrintWriter err;

  StreamsRole(String role, PrintWriter err) {
    this.role = role;
    this.err = err;
  }

  /** Runs the job {@code start} builds until it is stopped or fails. */
  int run(Map<String, Object> clientProps, Collection<String> requiredTopics, OpsOptions ops, int defaultPort,
      Function<PrometheusMeterRegistry, StreamsRunner> start) throws InterruptedException {
    String problem = Preflight.problem(clientProps, requiredTopics);
    if (problem != null) {
      return refuse(problem);
    }
    PrometheusMeterRegistry registry = RoleMetrics.registry(role);
    int port = ops.port(defaultPort);
    try (BrokerCheck broker = new BrokerCheck(clientProps)) {
      StreamsRunner job;
      try {
        job = start.apply(registry);
      } catch (RuntimeException e) {
        return refuse(e.getMessage());
      }
      Health health = new Health().readyWhen("streams", job::readiness).readyWhen("kafka", broker);
      try (job; OpsHttpServer server = port < 0 ? null : OpsHttpServer.start(ops.host, port, new OpsEndpoints(registry, health))) {
        Runtime.getRuntime().addShutdownHook(new Thread(job::close, "aduan-" + role + "-shutdown"));
        say("The " + role + " is running" + (server == null ? "" : "; metrics and health on port " + server.port())
            + " (Ctrl-C to stop)");
        int exit = job.awaitEnd();
        if (exit != StreamsRunner.EXIT_STOPPED) {
          say("The " + role + " failed and stops: " + job.failure());
        }
        return exit;
      }
    }
  }

  private int refuse(String problem) {
    say("Cannot start the " + role + ": " + problem);
    return StreamsRunner.EXIT_FAILED;
  }

  private void say(String line) {
    err.println(line);
    err.flush();
  }
}
