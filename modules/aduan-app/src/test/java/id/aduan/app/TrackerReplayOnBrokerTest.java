package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.CaseState;
import id.aduan.event.SkmElementMeans;
import id.aduan.event.UnitMetrics;
import id.aduan.streams.dlq.DeadLetterHeaders;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Six weeks of complaint histories, told to the tracker as the router, the units and the citizens would
 * have told them, each record stamped with its event time: the tracker's cases and its per-unit figures
 * must be what a plain computation over the same histories gives.
 */
@WithKafka
class TrackerReplayOnBrokerTest {
  private static final int COMPLAINTS = 2_000;
  private static final List<String> ELEMENTS = List.of("persyaratan", "prosedur", "waktu", "biaya", "produk",
      "kompetensi", "perilaku", "penangananPengaduan", "sarana");
  /** The count fields of UnitMetrics: all but lateEvents, which counts how late the job read an event. */
  private static final List<String> COUNTS = List.of("received", "duplicates", "routed", "triaged", "acknowledged",
      "resolved", "rejected", "transferredIn", "transferredOut", "reopened", "escalations", "firstResponses",
      "firstResponsesWithinSla", "firstResponsesLate", "resolutions", "resolutionsWithinSla", "resolutionsLate",
      "surveys");

  @Test
  void casesAndUnitFiguresAreThoseOfThePlainComputation(KafkaCluster kafka, SchemaRegistry registry,
      @TempDir Path state) throws Exception {
    TrackerRun run = TrackerRun.prepare(kafka, registry, "replay");
    CaseHistories histories = CaseHistories.generate(COMPLAINTS, 20261129L, Instant.now());
    CaseHistories.send(kafka.producerProps(), run.topics(), histories.inputs);

    run.trackInProcess(state, Duration.ofSeconds(240));

    // every record of the histories fits its case: the tracker refuses none
    List<String> refused = TopicReader.read(kafka.consumerProps(), run.topics().complaintsDlq().name(),
            new ByteArrayDeserializer(), new ByteArrayDeserializer(), Integer.MAX_VALUE, Duration.ofSeconds(2))
        .stream().map(r -> new String(r.headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8))
        .toList();
    assertEquals(List.of(), refused, "refused records");

    Map<String, CaseState> cases = run.cases();
    assertEquals(histories.outcomes.keySet(), cases.keySet());
    List<String> wrong = new ArrayList<>();
    histories.outcomes.forEach((id, expected) -> {
      CaseState actual = cases.get(id);
      CaseHistories.Outcome seen = new CaseHistories.Outcome(actual.getStatus(), actual.getUnitId(),
          actual.getEscalationCount(), actual.getTransferCount());
      if (!seen.equals(expected)) {
        wrong.add(id + ": expected " + expected + ", was " + seen);
      }
    });
    assertEquals(List.of(), wrong, "cases unlike their histories");

    Map<String, UnitMetrics> metrics = run.unitMetrics();
    Map<String, CaseHistories.Figures> expected = histories.expectedFigures();
    Map<String, Map<String, Long>> missing = new TreeMap<>();
    expected.forEach((key, figures) -> {
      if (!metrics.containsKey(key)) {
        missing.put(key, figures.counts);
      }
    });
    Set<String> extra = new TreeSet<>(metrics.keySet());
    extra.removeAll(expected.keySet());
    assertEquals(List.of(List.of(), List.of()), List.of(List.copyOf(missing.entrySet()), List.copyOf(extra)),
        "day and month keys missing, and unexpected");
    List<String> differences = new ArrayList<>();
    expected.forEach((key, figures) -> differences.addAll(differences(key, figures, metrics.get(key))));
    assertEquals(List.of(), differences, "figures unlike the plain computation");
    // the test would prove little if the histories had left these empty
    for (String count : List.of("escalations", "transferredIn", "rejected", "surveys", "duplicates")) {
      assertTrue(metrics.values().stream().mapToLong(m -> (Long) m.get(count)).sum() > 0, count);
    }
    // Working-time p50/p90 are t-digest estimates; MetricsTopologyTest pins them against exact values, and
    // their inputs here (working time from routing) would need the holiday calendar recomputed.
  }

  private static List<String> differences(String key, CaseHistories.Figures figures, UnitMetrics actual) {
    List<String> differences = new ArrayList<>();
    for (String count : COUNTS) {
      long want = figures.counts.getOrDefault(count, 0L);
      long got = (Long) actual.get(count);
      if (want != got) {
        differences.add(key + " " + count + ": expected " + want + ", was " + got);
      }
    }
    long surveys = figures.counts.getOrDefault("surveys", 0L);
    SkmElementMeans nrr = actual.getNrr();
    if (surveys == 0) {
      if (nrr != null || actual.getSkm() != null) {
        differences.add(key + ": SKM without surveys");
      }
      return differences;
    }
    double weighted = 0;
    for (int e = 0; e < 9; e++) {
      double mean = figures.scoreSums[e] / surveys;
      weighted += mean * 0.11;
      double got = (Double) nrr.get(ELEMENTS.get(e));
      if (Math.abs(mean - got) > 1e-9) {
        differences.add(key + " NRR " + ELEMENTS.get(e) + ": expected " + mean + ", was " + got);
      }
    }
    // PermenPANRB 14/2017: SKM = Σ(NRR × 0.11) × 25, graded on the value rounded to two decimals
    double skm = weighted * 25;
    double rounded = Math.round(skm * 100) / 100.0;
    String grade = rounded >= 88.31 ? "A" : rounded >= 76.61 ? "B" : rounded >= 65.00 ? "C" : "D";
    if (actual.getSkm() == null || Math.abs(skm - actual.getSkm()) > 1e-9 || !grade.equals(actual.getSkmGrade())) {
      differences.add(key + " SKM: expected " + skm + " " + grade + ", was " + actual.getSkm() + " " + actual.getSkmGrade());
    }
    if (actual.getRankable() != (surveys >= 30)) {
      differences.add(key + " rankable with " + surveys + " surveys: " + actual.getRankable());
    }
    return differences;
  }
}
