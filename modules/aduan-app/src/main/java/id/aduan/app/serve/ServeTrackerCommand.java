package id.aduan.app.serve;

import id.aduan.app.ConnectionOptions;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.ops.config.LayeredConfig;
import id.aduan.streams.tracker.TrackerApp;
import id.aduan.streams.tracker.TrackerSettings;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The tracker job: case state, SLA clocks and escalations, surveys and resolution metrics. */
@Command(
    name = "tracker",
    mixinStandardHelpOptions = true,
    description = {
      "Keep one case per complaint on cases.state (exactly once) from complaints.received, complaints.triage,",
      "complaints.routed, cases.updates and surveys.responses; escalate missed SLA deadlines on",
      "cases.escalations; emit metrics.resolution. Refused updates and surveys go to complaints.dlq with",
      "their reason. Durations are ISO-8601 (PT30S, P7D, PT16H). Exits 1 if the cluster cannot be reached,",
      "a topic is missing or the job fails; Ctrl-C or SIGTERM stop it cleanly within 30 s."
    },
    modelTransformer = TrackerKeys.Footer.class)
public final class ServeTrackerCommand implements Callable<Integer> {
  static final int DEFAULT_METRICS_PORT = 9402;

  @Mixin ConnectionOptions connection;
  @Mixin CalendarOptions calendar;
  @Spec CommandSpec spec;

  @Mixin StateDirOption state;
  @Mixin OpsOptions ops;
  @Mixin RoleConfigOption config;

  @Option(names = "--punctuate-interval",
      description = "How often overdue cases are looked for, by the wall clock and by stream time (default: PT30S).")
  Duration punctuateInterval;

  @Option(names = "--reopen-window",
      description = "How long after RESOLVED the citizen may reopen; the case is CLOSED when it ends (default: P7D).")
  Duration reopenWindow;

  @Option(names = "--escalation-level2-after",
      description = "Working time after a missed deadline before level 2 (the agency) is told (default: PT16H).")
  Duration level2After;

  @Option(names = "--manual-first-response",
      description = "First-response time, in working time, of a case transferred or routed by hand (default: PT24H).")
  Duration manualFirstResponse;

  @Option(names = "--manual-resolution",
      description = "Resolution time, in working time, of a case transferred, routed by hand or reopened (default: PT40H).")
  Duration manualResolution;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    LayeredConfig resolved;
    TrackerSettings settings;
    try {
      resolved = resolved();
      settings = settings(resolved);
    } catch (RuntimeException e) {
      err.println("Cannot start the tracker: " + e.getMessage());
      err.flush();
      return 1;
    }
    Map<String, Object> props = resolved.clientProps();
    props.putAll(connection.clientProps());
    TopicCatalogue topics = TopicCatalogue.from(props);
    List<String> required = List.of(topics.complaintsReceived().name(), topics.complaintsTriage().name(),
        topics.complaintsRouted().name(), topics.caseUpdates().name(), topics.surveyResponses().name(),
        topics.units().name());
    return new StreamsRole("tracker", err).run(props, required, ops, DEFAULT_METRICS_PORT,
        registry -> TrackerApp.start(props, settings, state.path(), failure -> { }, registry).runner());
  }

  TrackerSettings settings() {
    return settings(resolved());
  }

  private LayeredConfig resolved() {
    return config.resolve(TrackerKeys.DEFINITION, new RoleConfigOption.CommandLineValues()
        .put(TrackerKeys.PUNCTUATE_INTERVAL, punctuateInterval)
        .put(TrackerKeys.REOPEN_WINDOW, reopenWindow)
        .put(TrackerKeys.LEVEL2_AFTER, level2After)
        .put(TrackerKeys.MANUAL_FIRST_RESPONSE, manualFirstResponse)
        .put(TrackerKeys.MANUAL_RESOLUTION, manualResolution));
  }

  private TrackerSettings settings(LayeredConfig resolved) {
    TrackerSettings defaults = TrackerSettings.standard(calendar.defaultCalendar());
    return new TrackerSettings(
        defaults.defaultCalendar(),
        resolved.getDuration(TrackerKeys.PUNCTUATE_INTERVAL),
        resolved.getDuration(TrackerKeys.REOPEN_WINDOW),
        resolved.getDuration(TrackerKeys.LEVEL2_AFTER),
        resolved.getDuration(TrackerKeys.MANUAL_FIRST_RESPONSE),
        resolved.getDuration(TrackerKeys.MANUAL_RESOLUTION),
        defaults.metrics());
  }
}
