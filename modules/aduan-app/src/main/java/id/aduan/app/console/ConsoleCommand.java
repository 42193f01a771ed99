package id.aduan.app.console;

import id.aduan.app.CommandGroup;
import picocli.CommandLine.Command;

/** Tools for the console's operator: password hashes and API keys for the users file. */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    description = "Make password hashes and API keys for the console's users file (`aduan serve console --users FILE`).",
    subcommands = {HashPasswordCommand.class, ApiKeyCommand.class})
public final class ConsoleCommand extends CommandGroup {
}
