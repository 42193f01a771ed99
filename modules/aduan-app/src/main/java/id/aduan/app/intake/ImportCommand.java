package id.aduan.app.intake;

import id.aduan.app.CommandGroup;
import picocli.CommandLine.Command;

/** Loading archives of complaints that reached the agency outside Aduan. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Load archives of complaints into Aduan (each one accepted exactly as a live one would be).",
    subcommands = {SocialImportCommand.class})
public final class ImportCommand extends CommandGroup {
}
