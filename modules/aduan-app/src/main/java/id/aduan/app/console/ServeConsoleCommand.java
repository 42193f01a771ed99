package id.aduan.app.console;

import id.aduan.app.ConnectionOptions;
import id.aduan.app.serve.OpsOptions;
import id.aduan.app.serve.Preflight;
import id.aduan.console.ConsoleApplication;
import id.aduan.console.ConsoleSettings;
import id.aduan.console.auth.UserDirectory;
import id.aduan.events.topic.TopicCatalogue;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The unit inbox, triage desk and JSON API for unit keys. */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the unit inbox and triage desk (web pages without JavaScript, Indonesian first, ?lang=en) and the",
      "JSON API for units' API keys. Reads cases.state, complaints.triage and config.units into memory and",
      "publishes what people decide to cases.updates (and training.labels). Users and API keys come from the",
      "--users file (bcrypt hashes only; see `aduan console hash-password`). Exits 1 if the file is refused,",
      "the cluster cannot be reached or a topic is missing; Ctrl-C or SIGTERM stop it cleanly."
    })
public final class ServeConsoleCommand implements Callable<Integer> {
  @Mixin ConnectionOptions connection;
  @Mixin OpsOptions ops;
  @Spec CommandSpec spec;

  @Option(names = "--users", paramLabel = "FILE", defaultValue = "${env:ADUAN_CONSOLE_USERS}",
      description = "YAML file of users and API keys (default: $ADUAN_CONSOLE_USERS).")
  Path users;

  @Option(names = "--host", defaultValue = "${env:ADUAN_CONSOLE_HOST:-0.0.0.0}",
      description = "Address to listen on (default: $ADUAN_CONSOLE_HOST, else ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "${env:ADUAN_CONSOLE_PORT:-8090}",
      description = "Port to listen on (default: $ADUAN_CONSOLE_PORT, else ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--secure-cookies", defaultValue = "${env:ADUAN_CONSOLE_SECURE_COOKIES:-false}",
      description = "Mark cookies Secure although requests arrive without TLS: set it when a TLS proxy is in front "
          + "(default: $ADUAN_CONSOLE_SECURE_COOKIES, else ${DEFAULT-VALUE}). Requests over TLS always get Secure cookies.")
  boolean secureCookies;

  @Option(names = "--session-idle", defaultValue = "PT30M",
      description = "A session ends after this long without a request (default: ${DEFAULT-VALUE}).")
  Duration sessionIdle;

  @Option(names = "--session-max-age", defaultValue = "PT10H",
      description = "A session ends this long after sign-in in any case (default: ${DEFAULT-VALUE}).")
  Duration sessionMaxAge;

  @Option(names = "--max-failed-logins", defaultValue = "5",
      description = "Failed sign-ins in a row before a user name is locked out (an address: four times as many; default: ${DEFAULT-VALUE}).")
  int maxFailures;

  @Option(names = "--lockout", defaultValue = "PT15M",
      description = "How long a lock-out lasts (default: ${DEFAULT-VALUE}).")
  Duration lockout;

  @Option(names = "--transactional-id",
      description = "Transactional id of the console's producer; unique per running instance (default: <prefix>console-<random>).")
  String transactionalId;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (users == null) {
      err.println("Cannot start the console: give the users file with --users FILE or $ADUAN_CONSOLE_USERS");
      err.flush();
      return 1;
    }
    UserDirectory directory;
    try {
      directory = UserDirectory.load(users);
    } catch (IOException | IllegalArgumentException e) {
      err.println("Cannot start the console: " + (e instanceof IOException ? "cannot read " + users + ": " : "") + e.getMessage());
      err.flush();
      return 1;
    }
    Map<String, Object> props = connection.clientProps();
    TopicCatalogue topics = TopicCatalogue.from(props);
    String problem = Preflight.problem(props, List.of(topics.caseState().name(), topics.complaintsTriage().name(),
        topics.units().name(), topics.caseUpdates().name(), topics.trainingLabels().name()));
    if (problem != null) {
      err.println("Cannot start the console: " + problem);
      err.flush();
      return 1;
    }
    ConsoleSettings settings = new ConsoleSettings(host, port, users, secureCookies, sessionIdle, sessionMaxAge, maxFailures,
        lockout, transactionalId, ops.host(), ops.port(ConsoleSettings.DEFAULT_OPS_PORT), props);
    CountDownLatch stopped = new CountDownLatch(1);
    try (ConsoleApplication console = ConsoleApplication.start(settings, directory, Clock.systemUTC())) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        console.close();
        stopped.countDown();
      }, "aduan-console-shutdown"));
      err.println("Console on http://" + host + ":" + console.port() + "/ for " + directory.userCount() + " users"
          + (console.opsPort() < 0 ? "" : "; metrics and health on port " + console.opsPort()) + " (Ctrl-C to stop)");
      err.flush();
      stopped.await();
    }
    return 0;
  }
}
