package id.aduan.app.intake;

import id.aduan.intake.IntakeApplication;
import id.aduan.intake.config.IntakeConfig;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code aduan serve intake}: the channel adapters' HTTP server, until Ctrl-C. */
@Command(
    name = "intake",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the channel adapters: JSON API (/api/v1/complaints), Open311 GeoReport v2 (/open311/v2), citizen form "
          + "(/lapor) and tracking page (/lacak), SMS gateway webhook (/sms/inbound), X and Meta webhooks (/social/…).",
      "Each accepted complaint is answered only after Kafka acknowledged it."
    },
    modelTransformer = IntakeServeCommand.SettingsFooter.class)
public final class IntakeServeCommand implements Callable<Integer> {
  @Mixin IntakeOptions options;
  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default 8080).")
  Integer port;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default 0.0.0.0).")
  String host;

  public IntakeServeCommand() {}

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> commandLine = new HashMap<>();
    IntakeOptions.put(commandLine, IntakeConfig.PORT, port == null ? null : port.toString());
    IntakeOptions.put(commandLine, IntakeConfig.HOST, host);
    IntakeConfig config = options.resolve(commandLine);
    CountDownLatch stopped = new CountDownLatch(1);
    IntakeApplication app = IntakeApplication.start(config);
    spec.commandLine().getOut().println("Intake is listening on port " + app.port() + " (Ctrl-C to stop).");
    spec.commandLine().getOut().flush();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      stopped.countDown();
    }, "intake-shutdown"));
    stopped.await();
    return 0;
  }

  /** Lists every setting under --help, from the same definitions the server reads. */
  public static final class SettingsFooter implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec command) {
      command.usageMessage().footer("", "Settings (defaults < --config file < environment ADUAN_* < options):",
          IntakeConfig.describeKeys());
      return command;
    }
  }
}
