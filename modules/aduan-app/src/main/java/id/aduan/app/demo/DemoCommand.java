package id.aduan.app.demo;

import id.aduan.app.Aduan;
import id.aduan.app.console.DemoConsole;
import id.aduan.events.registry.MockSchemaRegistry;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.intake.IntakeApplication;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.sink.SinkApp;
import id.aduan.sink.SinkSettings;
import id.aduan.streams.router.RouterApp;
import id.aduan.streams.router.RouterSettings;
import id.aduan.streams.tracker.TrackerApp;
import id.aduan.streams.tracker.TrackerSettings;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.Postgres;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Everything in one process on embedded defaults: a real KRaft broker, an in-process schema registry,
 * topics, the starter units, rules and model, the router and the tracker, the sink into an embedded PostgreSQL,
 * and a little sample traffic.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Run Aduan on embedded defaults: a KRaft Kafka broker, a schema registry, the starter transport-agency",
      "units, rules and model, the intake web server, the router and tracker jobs, the sink into an embedded",
      "PostgreSQL, and sample complaints sent through the citizen JSON API. Broker, stream state, database and",
      "the log file live in one data directory (--data-dir, or a fresh temporary one); run again on the same",
      "directory and the earlier cases are still there. Prints where everything is and runs until Ctrl-C, which",
      "stops it all cleanly."
    })
public final class DemoCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(DemoCommand.class);
  static final String PREFIX = "aduan.";
  static final String REGISTRY_SCOPE = "aduan-demo";
  static final String REGISTRY = "mock://" + REGISTRY_SCOPE;

  @Spec CommandSpec spec;

  @Option(names = "--samples", defaultValue = "30", description = "Sample complaints to send (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Units and rules to load (default: the starter transport-agency configuration).")
  Path config;

  @Option(names = "--port", defaultValue = "8080",
      description = "Port of the intake web server (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--console-port", defaultValue = "8090",
      description = "Port of the unit inbox and triage desk (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int consolePort;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Where the broker's logs, the stream state, the PostgreSQL data and the log file live, kept at exit"
          + " and reused by the next run on it (default: a fresh temporary directory, printed at start).")
  Path dataDir;

  @Option(names = "--exit-after-samples", description = "Stop once the samples are routed instead of running on (for scripts).")
  boolean exitAfterSamples;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<AutoCloseable> running = new ArrayList<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stopAll(running);
      stopped.countDown();
    }, "aduan-demo-shutdown"));

    Path data = dataDir != null ? Files.createDirectories(dataDir) : Files.createTempDirectory("aduan-demo-");
    Path logFile = data.resolve("aduan-demo.log");
    running.add(DemoLogging.toFile(logFile));
    running.add(0, SchemaFile.restore(REGISTRY_SCOPE, data.resolve("schemas.tsv")));
    LOG.info("Demo starting in {}", data);
    out.println("Data directory " + data + "   (logs: " + logFile + ")");
    out.println("Starting an embedded Kafka broker…");
    out.flush();
    KafkaCluster kafka = KafkaCluster.startIn(data.resolve("kafka"));
    running.add(0, kafka);
    List<String> connection = List.of(
        "--bootstrap-servers", kafka.bootstrapServers(), "--registry-url", REGISTRY, "--prefix", PREFIX);
    Path configFile = config != null ? config : StarterConfig.extract(data);
    require(cli(connection, "topics", "sync"), "topics sync");
    require(cli(connection, "units", "load", configFile.toString()), "units load");
    require(cli(connection, "rules", "load", configFile.toString()), "rules load");

    Map<String, Object> props = new HashMap<>();
    props.put("bootstrap.servers", kafka.bootstrapServers());
    props.put("schema.registry.url", REGISTRY);
    props.put(TopicCatalogue.PREFIX_CONFIG, PREFIX);
    Path state = Files.createDirectories(data.resolve("streams"));
    RouterApp router = RouterApp.start(props, RouterSettings.standard(), RouterApp.startupModel(null), state);
    running.add(0, router);
    TrackerApp tracker = TrackerApp.start(props, TrackerSettings.standard(), state, failure -> stopped.countDown());
    running.add(0, tracker);
    Postgres postgres = Postgres.startIn(data.resolve("postgres"));
    running.add(running.size() - 2, postgres);
    String jdbcUrl = postgres.jdbcUrl("postgres");
    SinkApp sink = SinkApp.start(props, SinkSettings.of(jdbcUrl, "postgres", null).withHealthPort(0),
        (thread, failure) -> stopped.countDown());
    running.add(0, sink);
    Thread routerWatch = new Thread(() -> {
      try {
        router.runner().awaitEnd();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      stopped.countDown();
    }, "aduan-demo-router-watch");
    routerWatch.setDaemon(true);
    routerWatch.start();

    TopicCatalogue topics = TopicCatalogue.from(props);
    RegistryHttpServer registryServer = RegistryHttpServer.start(topics.registry());
    running.add(registryServer);
    IntakeApplication intake = IntakeApplication.start(IntakeConfig.of(Map.of(
        IntakeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
        IntakeConfig.SCHEMA_REGISTRY_URL, REGISTRY,
        IntakeConfig.TOPIC_PREFIX, PREFIX,
        IntakeConfig.HOST, "127.0.0.1",
        IntakeConfig.PORT, Integer.toString(port))));
    running.add(0, intake);
    DemoConsole console = DemoConsole.start(consolePort, props);
    running.add(0, console);
    String intakeUrl = "http://localhost:" + intake.port();
    long sentFrom = System.currentTimeMillis();
    int accepted = SampleSubmitter.submit(intakeUrl, SampleTraffic.complaints(samples, sentFrom));
    DemoSummary summary = DemoSummary.await(kafka, topics, accepted, sentFrom, Duration.ofSeconds(120));
    long stored = storedCases(sink, summary.cases(), Duration.ofSeconds(60));

    out.println();
    out.println("Aduan demo is running.");
    out.println("  Citizen form             " + intakeUrl + "/lapor   (tracking: " + intakeUrl + "/lacak)");
    out.println("  JSON API and Open311     " + intakeUrl + "/api/v1/complaints, " + intakeUrl + "/open311/v2/services.json");
    String consoleUrl = "http://localhost:" + console.port();
    out.println("  Unit inbox, triage desk  " + consoleUrl + "/   (passwords made for this run only:)");
    for (DemoConsole.Credentials c : console.credentials()) {
      out.println("      " + c.username() + " / " + c.password() + (c.unitId() == null ? "   (admin: every case, triage)" : "   (unit " + c.unitId() + ")"));
    }
    out.println("  Kafka bootstrap servers  " + kafka.bootstrapServers());
    out.println("  Schema registry          " + registryServer.url() + " (Confluent REST API, in this process)");
    out.println("  Topic prefix             " + PREFIX);
    out.println("  PostgreSQL (the sink)    " + jdbcUrl + "   (psql -h localhost -p " + postgres.port()
        + " -U postgres; health http://localhost:" + sink.healthPort() + "/health/ready)");
    out.println();
    out.println(summary.describe(accepted));
    out.println("Stored " + stored + " cases in PostgreSQL.");
    out.println("Broker and library logs: " + logFile);
    out.println("Look at a unit's topic from another shell, e.g.:");
    out.println("  ./aduan tail unit.lalin --from-beginning --bootstrap-servers " + kafka.bootstrapServers()
        + " --registry-url " + registryServer.url());
    out.println("and the cases the tracker keeps (status, unit, deadlines) on cases.state the same way;");
    out.println("the same cases are rows in PostgreSQL (tables cases, case_events, unit_metrics; views");
    out.println("open_cases_past_sla_by_unit, unit_league_monthly), and the league table is");
    out.println("  ./aduan metrics --jdbc-url '" + jdbcUrl + "' --db-user postgres");
    out.println();
    out.flush();
    if (exitAfterSamples) {
      stopAll(running);
      return accepted == samples && summary.decided() >= samples && summary.cases() >= samples && stored >= samples
          ? 0 : 1;
    }
    out.println("Press Ctrl-C to stop.");
    out.flush();
    stopped.await();
    // a job that failed ends the demo with an error, as `aduan serve` would
    return router.runner().failure() != null || tracker.runner().failure() != null ? 1 : 0;
  }

  /** The cases in the sink's table once it holds {@code wanted} of them, or when time runs out. */
  private static long storedCases(SinkApp sink, long wanted, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long stored = 0;
    do {
      try (Connection c = sink.database().connection(); Statement s = c.createStatement();
          ResultSet count = s.executeQuery("SELECT count(*) FROM cases")) {
        count.next();
        stored = count.getLong(1);
        c.rollback();
      } catch (SQLException notYet) {
        // the sink retries; so does this
      }
      if (stored < wanted) {
        Thread.sleep(200);
      }
    } while (stored < wanted && System.nanoTime() < deadline);
    return stored;
  }

  private static int cli(List<String> connection, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(connection);
    return Aduan.commandLine().execute(all.toArray(String[]::new));
  }

  private static void require(int exitCode, String step) {
    if (exitCode != 0) {
      throw new IllegalStateException("demo set-up failed at " + step);
    }
  }

  private static synchronized void stopAll(List<AutoCloseable> running) {
    for (AutoCloseable component : running) {
      try {
        component.close();
      } catch (Exception e) {
        // stopping anyway
      }
    }
    running.clear();
    MockSchemaRegistry.dropScope(REGISTRY_SCOPE);
  }
}
