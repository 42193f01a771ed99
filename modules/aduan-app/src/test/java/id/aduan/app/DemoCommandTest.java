package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The README's first command, end to end: its own broker, config, router, tracker and sample traffic. */
class DemoCommandTest {

  @Test
  void routesTheSampleComplaintsAndStops() {
    CommandRun run = CommandRun.of("demo", "--samples", "12", "--port", "0", "--console-port", "0",
        "--exit-after-samples");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("Routed 12 of 12 sample complaints"), run.out());
    assertTrue(run.out().contains("Kafka bootstrap servers  localhost:"), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+dead letters\\s+0")), run.out());
    assertTrue(run.out().contains("Tracking 12 cases on cases.state."), run.out());
    for (String user : new String[] {"lalin", "angkutan", "admin"}) {
      assertTrue(run.out().lines().anyMatch(l -> l.matches("\\s+" + user + " / [a-z2-9]{14} .*")), run.out());
    }
    assertTrue(run.out().contains("Stored 12 cases in PostgreSQL."), run.out());
    assertTrue(run.out().contains("PostgreSQL (the sink)    jdbc:postgresql://localhost:"), run.out());
  }
}
