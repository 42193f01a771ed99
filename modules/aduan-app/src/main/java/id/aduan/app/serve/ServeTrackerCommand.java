package id.aduan.app.serve;

import id.aduan.app.ConnectionOptions;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.streams.tracker.TrackerApp;
import id.aduan.streams.tracker.TrackerSettings;
import java.io.PrintWriter;
import java.time.Duration;
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

/** The tracker job: case state, SLA clocks and escalations, surveys and resolution metrics. */
@Command(
    name = "tracker",
    mixinStandardHelpOptions = true,
    description = {
      "Keep one case per complaint on cases.state (exactly once) from complaints.received, complaints.triage,",
      "complaints.routed, cases.updates and surveys.responses; escalate missed SLA deadlines on",
      "cases.escalations; emit metrics.resolution. Refused updates and surveys go to complaints.dlq with",
      "their reason. Durations are ISO-8601 (PT30S, P7D, PT16H). Exits 1 if the cluster cannot be reached,",
      "a topic is missing or the job fails; Ctrl-C or SIGTERM stop it cleanly."
    })
public final class ServeTrackerCommand implements Callable<Integer> {
  @Mixin ConnectionOptions connection;
  @Mixin CalendarOptions calendar;
  @Spec CommandSpec spec;

  @Mixin StateDirOption state;

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
    TrackerSettings settings;
    try {
      settings = settings();
    } catch (RuntimeException e) {
      err.println("Cannot start the tracker: " + e.getMessage());
      err.flush();
      return 1;
    }
    Map<String, Object> props = connection.clientProps();
    TopicCatalogue topics = TopicCatalogue.from(props);
    String problem = Preflight.problem(props, List.of(topics.complaintsReceived().name(),
        topics.complaintsTriage().name(), topics.complaintsRouted().name(), topics.caseUpdates().name(),
        topics.surveyResponses().name(), topics.units().name()));
    if (problem != null) {
      err.println("Cannot start the tracker: " + problem);
      err.flush();
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try (TrackerApp tracker = TrackerApp.start(props, settings, state.path(), e -> {
      failure.set(e);
      stopped.countDown();
    })) {
      Thread hook = new Thread(() -> {
        tracker.close();
        stopped.countDown();
      }, "aduan-tracker-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      err.println("Tracker running (Ctrl-C to stop)");
      err.flush();
      stopped.await();
      if (failure.get() != null) {
        err.println("Tracker stopped: " + failure.get().getMessage());
        err.flush();
        return 1;
      }
    }
    return 0;
  }

  TrackerSettings settings() {
    TrackerSettings defaults = TrackerSettings.standard(calendar.defaultCalendar());
    return new TrackerSettings(
        defaults.defaultCalendar(),
        punctuateInterval != null ? punctuateInterval : defaults.punctuateInterval(),
        reopenWindow != null ? reopenWindow : defaults.reopenWindow(),
        level2After != null ? level2After : defaults.escalationLevel2After(),
        manualFirstResponse != null ? manualFirstResponse : defaults.manualFirstResponse(),
        manualResolution != null ? manualResolution : defaults.manualResolution(),
        defaults.metrics());
  }
}
