package id.aduan.app.serve;

import id.aduan.app.CommandGroup;
import id.aduan.app.console.ServeConsoleCommand;
import id.aduan.app.intake.IntakeServeCommand;
import id.aduan.app.sink.ServeSinkCommand;
import picocli.CommandLine.Command;

/** Long-running roles, one per process (or all together in `aduan demo`). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Run one of Aduan's roles until stopped (Ctrl-C or SIGTERM stop it cleanly).",
    subcommands = {IntakeServeCommand.class, ServeRouterCommand.class, ServeTrackerCommand.class,
        ServeConsoleCommand.class, ServeSinkCommand.class})
public final class ServeCommand extends CommandGroup {
}
