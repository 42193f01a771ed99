package id.aduan.app.console;

import id.aduan.console.auth.Passwords;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the bcrypt hash of a password read from the terminal (without echo) or from standard input. */
@Command(
    name = "hash-password",
    mixinStandardHelpOptions = true,
    description = {
      "Read a password (from the terminal without echo, or the first line of standard input) and print its bcrypt",
      "hash for the passwordHash of a user in the console's users file. The password is never an argument, so it",
      "stays out of shell history and process lists. At least " + Passwords.MIN_LENGTH + " characters, at most "
          + Passwords.MAX_BYTES + " bytes."
    })
public final class HashPasswordCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--cost", defaultValue = "" + Passwords.DEFAULT_COST,
      description = "bcrypt cost, 2^cost rounds, 10 to 16 (default: ${DEFAULT-VALUE}).")
  int cost;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (cost < 10 || cost > 16) {
      err.println("--cost must be between 10 and 16");
      err.flush();
      return 1;
    }
    String password;
    Console terminal = System.console();
    if (terminal != null) {
      char[] typed = terminal.readPassword("Password: ");
      password = typed == null ? null : new String(typed);
    } else {
      password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
    if (password == null) {
      err.println("No password given");
      err.flush();
      return 1;
    }
    try {
      spec.commandLine().getOut().println(Passwords.hash(password, cost));
      spec.commandLine().getOut().flush();
      return 0;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.flush();
      return 1;
    }
  }
}
