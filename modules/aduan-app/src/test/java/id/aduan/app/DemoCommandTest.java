package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, end to end: its own broker, config, router, tracker and sample traffic. */
class DemoCommandTest {

  @Test
  void routesTheSampleComplaintsQuietlyAndKeepsThemAcrossARestart(@TempDir Path data) throws IOException {
    Terminal first = demo(data, 12);
    CommandRun run = first.run();
    assertEquals(0, run.exitCode(), first.text());
    assertTrue(run.out().contains("Routed 12 of 12 sample complaints"), run.out());
    assertTrue(run.out().contains("Kafka bootstrap servers  localhost:"), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+dead letters\\s+0")), run.out());
    assertTrue(run.out().contains("Tracking 12 cases on cases.state."), run.out());
    for (String user : new String[] {"lalin", "angkutan", "admin"}) {
      assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+" + user + " / [a-z2-9]{14} .*")), run.out());
    }
    assertTrue(run.out().contains("Stored 12 cases in PostgreSQL."), run.out());
    assertTrue(run.out().contains("PostgreSQL (the sink)    jdbc:postgresql://localhost:"), run.out());

    // the broker's and libraries' chatter is in the log file, which the demo names; none of it on the terminal
    Path logFile = data.resolve("aduan-demo.log");
    assertTrue(run.out().contains("Broker and library logs: " + logFile), run.out());
    assertTrue(Files.size(logFile) > 0);
    long formatted = occurrences(logFile, "Formatting metadata directory");
    assertTrue(formatted > 0, "no formatting in the log file");
    for (String chatter : new String[] {"Formatting metadata", "BootstrapMetadata", "state.change.logger",
        "org.apache.kafka", "o.a.k.", "org.eclipse.jetty", "flyway", "Hikari"}) {
      assertFalse(first.text().contains(chatter), chatter + " on the terminal:\n" + first.text());
    }
    // Aduan's own warnings (a generated secret, say) are for the person at the terminal; nothing less is
    assertTrue(first.text().lines().filter(l -> l.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*"))
        .allMatch(l -> l.matches("\\S+ (WARN|ERROR) +(id\\.aduan|i\\.a\\.).*")), first.text());

    Terminal second = demo(data, 3);
    CommandRun again = second.run();
    assertEquals(0, again.exitCode(), second.text());
    assertTrue(again.out().contains("Routed 3 of 3 sample complaints"), again.out());
    assertTrue(again.out().contains("Tracking 15 cases on cases.state."), again.out());
    assertTrue(again.out().contains("Stored 15 cases in PostgreSQL."), again.out());
    assertEquals(formatted, occurrences(logFile, "Formatting metadata directory"), "the broker was formatted again");
  }

  private static Terminal demo(Path data, int samples) {
    return Terminal.of("demo", "--samples", Integer.toString(samples), "--port", "0", "--console-port", "0",
        "--data-dir", data.toString(), "--exit-after-samples");
  }

  private static long occurrences(Path file, String text) throws IOException {
    return Files.readString(file).lines().filter(l -> l.contains(text)).count();
  }

  /** One run with everything it writes to the process's stdout and stderr as well as to its own writers. */
  private record Terminal(String[] args, ByteArrayOutputStream captured) {
    static Terminal of(String... args) {
      return new Terminal(args, new ByteArrayOutputStream());
    }

    CommandRun run() {
      PrintStream out = System.out;
      PrintStream err = System.err;
      System.setOut(new PrintStream(tee(out), true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(tee(err), true, StandardCharsets.UTF_8));
      try {
        CommandRun run = CommandRun.of(args);
        captured.writeBytes((run.out() + run.err()).getBytes(StandardCharsets.UTF_8));
        return run;
      } finally {
        System.setOut(out);
        System.setErr(err);
      }
    }

    String text() {
      return captured.toString(StandardCharsets.UTF_8);
    }

    private OutputStream tee(PrintStream original) {
      return new OutputStream() {
        @Override
        public void write(int b) {
          original.write(b);
          synchronized (captured) {
            captured.write(b);
          }
        }
      };
    }
  }
}
