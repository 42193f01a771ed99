package id.aduan.app.bench;

import id.aduan.app.demo.SampleSubmitter;
import id.aduan.app.demo.SampleTraffic;
import id.aduan.event.ComplaintReceived;
import id.aduan.events.registry.MockSchemaRegistry;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.intake.IntakeApplication;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.streams.router.RouterApp;
import id.aduan.streams.router.RouterSettings;
import id.aduan.streams.tracker.TrackerApp;
import id.aduan.streams.tracker.TrackerSettings;
import id.aduan.testkit.KafkaCluster;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * End-to-end latency of the whole pipeline in one process: complaints posted to the JSON API at a fixed rate
 * until each is visible, committed, on its unit's topic or on the triage topic.
 */
@Command(
    name = "pipeline",
    mixinStandardHelpOptions = true,
    description = {
      "Measure end-to-end latency: start an embedded broker and registry, the intake server (rate limit off),",
      "the router and the tracker, post complaints to the JSON API at a fixed rate (open loop: each request is",
      "due at its scheduled time and its latency counts from then), and time each accepted complaint until a",
      "read_committed consumer sees it on its unit topic or on complaints.triage. Prints p50, p99 and max, and",
      "the complaints refused, lost (accepted, not seen when nothing more arrived for 30 s) and doubled",
      "(seen twice); exits with 1 if any."
    })
public final class PipelineBenchmark implements Callable<Integer> {
  private static final String PREFIX = "bench.";
  private static final String REGISTRY = "mock://aduan-bench-pipeline";
  /** Missing complaints count as lost once none more has appeared for this long. */
  private static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(30);
  private static final double FIND_MAX_STEP = 1.25;
  private static final long FIND_MAX_TARGET_NANOS = TimeUnit.SECONDS.toNanos(1);

  @Spec CommandSpec spec;

  @Option(names = "--rate", defaultValue = "300", description = "Complaints per second (default: ${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--duration", defaultValue = "20", description = "Seconds measured at each rate (default: ${DEFAULT-VALUE}).")
  int duration;

  @Option(names = "--warmup", defaultValue = "10",
      description = "Seconds sent at the first rate while the jobs start, not counted; measuring begins once these"
          + " complaints came through (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--find-max", description = {
      "After the first rate, raise it by 25%% per step until p99 reaches 1 s or a complaint is refused, lost or",
      "doubled, and report the highest rate whose p99 stayed under 1 s."})
  boolean findMax;

  @Option(names = "--tracker", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Run the tracker job too, as a deployment does (default: ${DEFAULT-VALUE}; --no-tracker leaves it out).")
  boolean tracker;

  @Override
  public Integer call() throws Exception {
    BenchLogging.warnOnly();
    PrintWriter out = spec.commandLine().getOut();
    List<AutoCloseable> running = new ArrayList<>();
    try {
      out.println("Starting an embedded broker, the intake server, the router" + (tracker ? " and the tracker" : "") + "…");
      out.flush();
      KafkaCluster kafka = KafkaCluster.start(1);
      running.add(kafka);
      Map<String, Object> props = RouterBenchmark.setUp(kafka, REGISTRY, PREFIX);
      TopicCatalogue topics = TopicCatalogue.from(props);
      Path state = Files.createTempDirectory("bench-pipeline");
      running.add(0, RouterApp.start(props, RouterSettings.standard(), RouterApp.startupModel(null), state));
      if (tracker) {
        // the tracker is not on the measured path; its failure is reported, not waited on
        running.add(0, TrackerApp.start(props, TrackerSettings.standard(), state,
            failure -> spec.commandLine().getErr().println("The tracker stopped: " + failure)));
      }
      IntakeApplication intake = IntakeApplication.start(IntakeConfig.of(Map.of(
          IntakeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
          IntakeConfig.SCHEMA_REGISTRY_URL, REGISTRY,
          IntakeConfig.TOPIC_PREFIX, PREFIX,
          IntakeConfig.HOST, "127.0.0.1",
          IntakeConfig.PORT, "0",
          IntakeConfig.RATE_PER_MINUTE, "0")));
      running.add(0, intake);
      ArrivalWatcher arrivals = new ArrivalWatcher(kafka.bootstrapServers(), visibleTopics(kafka, topics));
      running.add(0, arrivals);

      OpenLoopLoad load = new OpenLoopLoad("http://127.0.0.1:" + intake.port());
      List<String> bodies = SampleTraffic.complaints(5000, 7).stream().map(PipelineBenchmark::body).toList();
      out.println("rate/s  sent  accepted  refused  lost  doubled  answered p50/p99 ms  visible p50 / p99 / max ms");
      if (warmup > 0) {
        // the jobs start, rebalance and create their internal topics meanwhile; measuring begins once all of
        // the warm-up complaints came through
        List<OpenLoopLoad.Sent> sent = load.run(rate, warmup, i -> bodies.get(i % bodies.size()), n -> { });
        out.println(StepResult.await(sent, arrivals, QUIET_NANOS).describe(rate) + "   (warm-up, not counted)");
        out.flush();
      }
      double best = 0;
      for (double r = rate; ; r *= FIND_MAX_STEP) {
        double stepRate = r;
        List<OpenLoopLoad.Sent> sent = load.run(stepRate, duration, i -> bodies.get(i % bodies.size()), n -> {
          out.printf(Locale.ROOT, "  … %.0f/s: %d sent%n", stepRate, n);
          out.flush();
        });
        StepResult result = StepResult.await(sent, arrivals, QUIET_NANOS);
        out.println(result.describe(stepRate));
        out.flush();
        boolean clean = result.refused() == 0 && result.lost() == 0 && result.doubled() == 0;
        if (!findMax || !clean || result.visible().p99() >= FIND_MAX_TARGET_NANOS) {
          if (findMax) {
            out.printf(Locale.ROOT, "highest rate with p99 under 1 s: %s%n", best > 0 ? String.format(Locale.ROOT, "%.0f/s", best) : "none");
          }
          return clean ? 0 : 1;
        }
        best = stepRate;
      }
    } finally {
      for (AutoCloseable component : running) {
        try {
          component.close();
        } catch (Exception e) {
          // stopping anyway
        }
      }
      MockSchemaRegistry.dropScope(REGISTRY.substring("mock://".length()));
      out.flush();
    }
  }

  private static String body(ComplaintReceived sample) {
    return SampleSubmitter.body(sample).toString();
  }

  /** Every unit topic and the triage topic: a complaint becomes visible on exactly one of them. */
  private static List<String> visibleTopics(KafkaCluster kafka, TopicCatalogue topics) throws Exception {
    String unitPrefix = topics.prefix() + TopicCatalogue.UNIT_TOPIC_PREFIX;
    List<String> visible = new ArrayList<>(kafka.admin().listTopics().names().get().stream()
        .filter(name -> name.startsWith(unitPrefix)).sorted().toList());
    visible.add(topics.complaintsTriage().name());
    return visible;
  }
}
