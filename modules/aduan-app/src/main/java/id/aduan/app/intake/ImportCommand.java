package id.aduan.app.intake;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Loading archives of complaints that reached the agency outside Aduan. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Load archives of complaints into Aduan (each one accepted exactly as a live one would be).",
    subcommands = {SocialImportCommand.class})
public final class ImportCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
