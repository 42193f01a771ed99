package id.aduan.app.serve;

import id.aduan.app.ConnectionOptions;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.ops.config.LayeredConfig;
import id.aduan.streams.router.RouterApp;
import id.aduan.streams.router.RouterSettings;
import id.aduan.streams.router.dedupe.ContactKey;
import id.aduan.streams.router.dedupe.DedupeSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.common.config.types.Password;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The router job: validate, de-duplicate, mask, classify and route complaints. */
@Command(
    name = "router",
    mixinStandardHelpOptions = true,
    description = {
      "Route complaints from complaints.received to unit topics, triage and the DLQ (exactly once).",
      "Rules, units and models are read live from their config topics. Exits 1 if the cluster cannot be reached,",
      "a topic is missing or the job fails; Ctrl-C or SIGTERM stop it cleanly within 30 s."
    },
    modelTransformer = RouterKeys.Footer.class)
public final class ServeRouterCommand implements Callable<Integer> {
  static final int DEFAULT_METRICS_PORT = 9401;

  @Mixin ConnectionOptions connection;
  @Mixin CalendarOptions calendar;
  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "FILE",
      description = "Classifier model used until one is published on config.models (default: the shipped transport starter model).")
  Path model;

  @Mixin StateDirOption state;
  @Mixin OpsOptions ops;
  @Mixin RoleConfigOption config;

  @Option(names = "--confidence-threshold",
      description = "Below this classifier confidence a complaint goes to triage (default: 0.6).")
  Double confidenceThreshold;

  @Option(names = "--dedupe-window",
      description = "How far back duplicates are looked for, ISO-8601 (default: PT24H).")
  Duration dedupeWindow;

  @Option(names = "--dedupe-similarity",
      description = "Share of words two complaints must have in common to be duplicates (default: 0.6).")
  Double dedupeSimilarity;

  @Override
  public Integer call() throws InterruptedException {
    LayeredConfig resolved;
    try {
      resolved = config.resolve(RouterKeys.DEFINITION, new RoleConfigOption.CommandLineValues()
          .put(RouterKeys.CONFIDENCE_THRESHOLD, confidenceThreshold)
          .put(RouterKeys.DEDUPE_WINDOW, dedupeWindow)
          .put(RouterKeys.DEDUPE_SIMILARITY, dedupeSimilarity)
          .put(RouterKeys.MODEL_FILE, model));
    } catch (RuntimeException e) {
      spec.commandLine().getErr().println("Cannot start the router: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return 1;
    }
    Map<String, Object> clientProps = resolved.clientProps();
    clientProps.putAll(connection.clientProps());
    // the secret may also come, as before, in the --command-config file; the environment wins over both
    Map<String, Object> secretSources = new HashMap<>(clientProps);
    Password secret = resolved.getPassword(ContactKey.SECRET_CONFIG);
    if (secret != null) {
      secretSources.put(ContactKey.SECRET_CONFIG, secret.value());
    }
    RouterSettings settings = new RouterSettings(
        new DedupeSettings(resolved.getDuration(RouterKeys.DEDUPE_WINDOW), resolved.getDouble(RouterKeys.DEDUPE_SIMILARITY),
            DedupeSettings.standard().maxRemembered()),
        resolved.getDouble(RouterKeys.CONFIDENCE_THRESHOLD),
        calendar.defaultCalendar(),
        ContactKey.resolve(secretSources, System.getenv()));
    String modelFile = resolved.getString(RouterKeys.MODEL_FILE);
    TopicCatalogue topics = TopicCatalogue.from(clientProps);
    List<String> required = List.of(topics.complaintsReceived().name(), topics.complaintsRouted().name(),
        topics.complaintsTriage().name(), topics.complaintsDlq().name(), topics.routingRules().name(),
        topics.units().name(), topics.models().name());
    return new StreamsRole("router", spec.commandLine().getErr()).run(clientProps, required, ops, DEFAULT_METRICS_PORT,
        registry -> RouterApp.start(clientProps, settings,
            RouterApp.startupModel(modelFile == null ? null : Path.of(modelFile)), state.path(), registry).runner());
  }
}
