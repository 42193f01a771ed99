package id.aduan.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stops while records keep arriving and starts again on the same data and port: the sink says it
 * is not ready meanwhile, and afterwards every record is stored once.
 */
@WithKafka
class SinkDatabaseOutageTest {
  private static final int FIRST = 60;
  private static final int LATER = 30;
  private static final Duration OUTAGE = Duration.ofSeconds(30);

  @Test
  void nothingIsLostOrDoubledWhileTheDatabaseIsDown(KafkaCluster kafka, SchemaRegistry registry, @TempDir Path data)
      throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    EmbeddedPostgres postgres = start(data, port);
    SinkFixture f = new SinkFixture(kafka, registry, "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres", 3);
    try (SinkApp sink = SinkApp.start(f.clientProps(registry.url()), f.settings(), (t, e) -> { })) {
      for (int i = 0; i < FIRST; i++) {
        f.send(f.topics.caseState(), id(i), Events.caseState(id(i), "lalin", CaseStatus.RECEIVED, CaseStatus.ROUTED));
      }
      f.await("the first cases", "SELECT count(*) AS n FROM cases", rows -> rows.get(0).get("n").equals((long) FIRST));
      assertEquals(200, ready(sink));

      postgres.close();
      long outageEnds = System.nanoTime() + OUTAGE.toNanos();
      for (int i = 0; i < FIRST; i++) {
        f.send(f.topics.caseState(), id(i), Events.caseState(id(i), "lalin", CaseStatus.RECEIVED, CaseStatus.ROUTED,
            CaseStatus.ACKNOWLEDGED));
      }
      for (int i = FIRST; i < FIRST + LATER; i++) {
        f.send(f.topics.caseState(), id(i), Events.caseState(id(i), "lalin", CaseStatus.RECEIVED, CaseStatus.ROUTED));
      }
      awaitStatus(sink, 503);
      Thread.sleep(Math.max(0, (outageEnds - System.nanoTime()) / 1_000_000));
      assertEquals(503, ready(sink), "not ready while the database is down");

      postgres = start(data, port);
      for (int i = 0; i < LATER; i++) {
        CaseState resolved = Events.caseState(id(i), "lalin", CaseStatus.RECEIVED, CaseStatus.ROUTED,
            CaseStatus.ACKNOWLEDGED, CaseStatus.RESOLVED);
        f.send(f.topics.caseState(), id(i), resolved);
      }
      int records = FIRST + FIRST + LATER + LATER;
      f.await("every position stored", "SELECT sum(next_offset) AS n FROM sink_offsets",
          rows -> rows.get(0).get("n") != null && ((Number) rows.get(0).get("n")).longValue() == records);
      assertEquals(Map.of("cases", (long) FIRST + LATER, "resolved", (long) LATER, "acknowledged", (long) FIRST - LATER,
              "events", 4L * LATER + 3L * (FIRST - LATER) + 2L * LATER),
          f.rows("SELECT (SELECT count(*) FROM cases) AS cases,"
              + " (SELECT count(*) FROM cases WHERE status = 'RESOLVED') AS resolved,"
              + " (SELECT count(*) FROM cases WHERE status = 'ACKNOWLEDGED') AS acknowledged,"
              + " (SELECT count(*) FROM case_events) AS events").get(0));
      awaitStatus(sink, 200);
    } finally {
      postgres.close();
    }
  }

  private static EmbeddedPostgres start(Path data, int port) throws IOException {
    return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
  }

  private static String id(int i) {
    return String.format("outage-%03d", i);
  }

  private static int ready(SinkApp sink) throws Exception {
    return SinkFixture.get(sink, "/health/ready").statusCode();
  }

  private static void awaitStatus(SinkApp sink, int status) throws Exception {
    long deadline = System.nanoTime() + SinkFixture.WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (ready(sink) == status) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("/health/ready never answered " + status + "; the sink says " + sink.health().problem());
  }
}
