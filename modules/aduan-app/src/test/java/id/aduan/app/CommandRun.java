package id.aduan.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the {@code aduan} command line, as a person would see it: exit code, stdout, stderr. */
record CommandRun(int exitCode, String out, String err) {

  static CommandRun of(String... args) {
    CommandLine command = Aduan.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    int exitCode = command.execute(args);
    return new CommandRun(exitCode, out.toString(), err.toString());
  }
}
