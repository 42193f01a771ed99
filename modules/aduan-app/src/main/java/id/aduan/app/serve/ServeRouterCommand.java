package id.aduan.app.serve;

import id.aduan.app.ConnectionOptions;
import id.aduan.streams.router.RouterApp;
import id.aduan.streams.router.RouterSettings;
import id.aduan.streams.router.dedupe.ContactKey;
import id.aduan.streams.router.dedupe.DedupeSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
      "Rules, units and models are read live from their config topics.",
      "Settings file keys (--command-config) besides client settings:",
      "  " + ContactKey.SECRET_CONFIG + " (environment " + ContactKey.SECRET_ENV + ", which wins): "
          + ContactKey.SECRET_DOC
    })
public final class ServeRouterCommand implements Callable<Integer> {
  @Mixin ConnectionOptions connection;
  @Mixin CalendarOptions calendar;
  @Spec CommandSpec spec;

  @Option(names = "--model", paramLabel = "FILE",
      description = "Classifier model used until one is published on config.models (default: the shipped transport starter model).")
  Path model;

  @Mixin StateDirOption state;

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
    RouterSettings defaults = RouterSettings.standard();
    DedupeSettings dedupe = defaults.dedupe();
    Map<String, Object> clientProps = connection.clientProps();
    RouterSettings settings = new RouterSettings(
        new DedupeSettings(
            dedupeWindow != null ? dedupeWindow : dedupe.window(),
            dedupeSimilarity != null ? dedupeSimilarity : dedupe.similarity(),
            dedupe.maxRemembered()),
        confidenceThreshold != null ? confidenceThreshold : defaults.confidenceThreshold(),
        calendar.defaultCalendar(),
        ContactKey.resolve(clientProps, System.getenv()));
    CountDownLatch stopped = new CountDownLatch(1);
    try (RouterApp router = RouterApp.start(clientProps, settings, RouterApp.startupModel(model), state.path())) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        router.close();
        stopped.countDown();
      }, "aduan-router-shutdown"));
      spec.commandLine().getErr().println("Router running (Ctrl-C to stop)");
      spec.commandLine().getErr().flush();
      stopped.await();
    }
    return 0;
  }
}
