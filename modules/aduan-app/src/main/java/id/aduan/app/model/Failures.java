package id.aduan.app.model;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * Turns the failures a user can fix (missing file, wrong column, corrupt or incompatible model, bad
 * option value) into one clear line on stderr and exit code 1, instead of a stack trace.
 */
final class Failures {

  static final int USER_ERROR = 1;

  private Failures() {}

  static int run(CommandLine.Model.CommandSpec spec, Callable<Integer> body) throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return body.call();
    } catch (NoSuchFileException e) {
      err.println(spec.qualifiedName() + ": file not found: " + e.getFile());
    } catch (IOException e) {
      err.println(spec.qualifiedName() + ": " + e.getMessage());
    } catch (UncheckedIOException e) {
      err.println(spec.qualifiedName() + ": " + e.getCause().getMessage());
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      err.println(spec.qualifiedName() + ": " + e.getMessage());
    }
    err.flush();
    return USER_ERROR;
  }
}
