package id.aduan.app.serve;

import id.aduan.app.intake.IntakeServeCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Long-running roles, one per process (or all together in `aduan demo`). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Run one of Aduan's roles until stopped (Ctrl-C or SIGTERM stop it cleanly).",
    subcommands = {IntakeServeCommand.class, ServeRouterCommand.class})
public final class ServeCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
