package id.aduan.app;

import id.aduan.app.config.RulesCommand;
import id.aduan.app.config.UnitsCommand;
import id.aduan.app.bench.BenchCommand;
import id.aduan.app.console.ConsoleCommand;
import id.aduan.app.demo.DemoCommand;
import id.aduan.app.intake.ImportCommand;
import id.aduan.app.model.ModelCommand;
import id.aduan.app.serve.ServeCommand;
import id.aduan.app.sink.MetricsCommand;
import id.aduan.app.tail.TailCommand;
import id.aduan.app.topics.TopicsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The single {@code aduan} command; each role and tool is a subcommand. */
@Command(
    name = "aduan",
    mixinStandardHelpOptions = true,
    versionProvider = AduanVersion.class,
    description =
        "Aduan: an event-driven complaint and feedback pipeline for public-service agencies, "
            + "on Apache Kafka, Kafka Streams and Avro.",
    footer = {"", "Run 'aduan COMMAND --help' for the options of a command."},
    subcommands = {
      CommandLine.HelpCommand.class,
      SchemasCommand.class,
      TopicsCommand.class,
      RulesCommand.class,
      UnitsCommand.class,
      ModelCommand.class,
      ServeCommand.class,
      ImportCommand.class,
      DemoCommand.class,
      BenchCommand.class,
      TailCommand.class,
      ConsoleCommand.class,
      MetricsCommand.class
    })
public final class Aduan implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests so both see the same command tree. */
  public static CommandLine commandLine() {
    return new CommandLine(new Aduan()).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
