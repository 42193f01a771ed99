package id.aduan.streams.tracker.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.CaseState;
import id.aduan.event.Channel;
import id.aduan.event.UnitMetrics;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Generated case histories, fed in an order shuffled across complaints (each complaint's states in order,
 * some delivered twice), must give the figures that a plain computation over what happened gives. The
 * expected figures are worked out here from the generator's own record of each event, not by the job's
 * classes; only the sketch-based quantiles are compared within the t-digest's tolerance.
 */
class MetricsReplayTest {
  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  private static final Instant START = Instant.parse("2026-09-01T00:00:00Z");
  private static final String[] UNITS = {"lalin", "angkutan", "terminal", "kir"};
  private static final String[] CATEGORIES = {"lampu_lalu_lintas", "parkir", "terminal"};
  private static final Channel[] CHANNELS = {Channel.WEB, Channel.SMS, Channel.SOCIAL_MEDIA};
  private static final Duration FIRST_RESPONSE_SLA = Duration.ofHours(8);
  private static final Duration RESOLUTION_SLA = Duration.ofHours(40);
  private static final int COMPLAINTS = 2000;

  @Test
  void shuffledLiveChangesGiveTheFiguresOfAPlainComputation() {
    Random random = new Random(20261129);
    Expected expected = new Expected();
    List<List<CaseState>> histories = new ArrayList<>();
    for (int i = 0; i < COMPLAINTS; i++) {
      histories.add(generate("c" + i, random, expected, true));
    }
    try (MetricsDriver metrics = new MetricsDriver()) {
      feedShuffled(histories, random, metrics);
      assertTrue(metrics.deadLetters().isEmpty(), "nothing refused");
      expected.assertMatches(metrics.metrics(), true);
    }
  }

  /**
   * A replay of the compacted cases.state holds only each complaint's latest state. Counting it must give
   * the same figures, except that escalations are dated by the state that shows them (so only their total
   * is compared) and that a reopened case would contribute its latest resolution (so none is reopened).
   */
  @Test
  void replayingOnlyTheLatestStatesGivesTheSameFigures() {
    Random random = new Random(14_2017);
    Expected expected = new Expected();
    List<CaseState> latest = new ArrayList<>();
    for (int i = 0; i < COMPLAINTS; i++) {
      List<CaseState> states = generate("c" + i, random, expected, false);
      latest.add(states.get(states.size() - 1));
    }
    Collections.shuffle(latest, random);
    try (MetricsDriver metrics = new MetricsDriver()) {
      latest.forEach(metrics::send);
      assertTrue(metrics.deadLetters().isEmpty(), "nothing refused");
      Map<String, UnitMetrics> actual = metrics.metrics();
      expected.assertMatches(actual, false);
      long escalations = actual.entrySet().stream().filter(e -> e.getKey().startsWith("day:"))
          .mapToLong(e -> e.getValue().getEscalations()).sum();
      assertEquals(expected.escalations, escalations);
    }
  }

  /** Sends every complaint's states in its own order, interleaving complaints at random, with resends. */
  private static void feedShuffled(List<List<CaseState>> histories, Random random, MetricsDriver metrics) {
    List<Integer> pending = new ArrayList<>();
    for (int i = 0; i < histories.size(); i++) {
      for (int j = 0; j < histories.get(i).size(); j++) {
        pending.add(i);
      }
    }
    Collections.shuffle(pending, random);
    int[] next = new int[histories.size()];
    for (int complaint : pending) {
      CaseState state = histories.get(complaint).get(next[complaint]++);
      metrics.send(state);
      if (random.nextInt(20) == 0) {
        metrics.send(state);
      }
    }
  }

  /** One complaint's life, as the states the tracker would publish; records what happened in {@code expected}. */
  private static List<CaseState> generate(String id, Random random, Expected expected, boolean reopens) {
    List<CaseState> states = new ArrayList<>();
    Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
    String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
    Instant t = START.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
    Instant receivedAt = t;
    CaseStory story = CaseStory.received(id, channel, category, t);
    boolean duplicate = random.nextInt(10) == 0;
    if (duplicate) {
      story.duplicateOf("c-original");
    }
    states.add(story.state());
    Dims dims = new Dims(category, channel);

    String unit = null;
    if (random.nextInt(6) == 0) {
      t = later(t, random, 30);
      states.add(story.triage(t).state());
      expected.add("triaged", t, null, dims);
    }
    String firstUnit = null;
    if (random.nextInt(20) != 0) {
      t = later(t, random, 120);
      unit = UNITS[random.nextInt(UNITS.length)];
      firstUnit = unit;
      Instant routedAt = t;
      states.add(story.routed(unit, t, FIRST_RESPONSE_SLA, RESOLUTION_SLA).state());
      expected.add("routed", t, unit, dims);

      boolean responded = false;
      if (random.nextInt(10) == 0) {
        t = later(t, random, 60 * 12);
        String target = UNITS[(List.of(UNITS).indexOf(unit) + 1 + random.nextInt(UNITS.length - 1)) % UNITS.length];
        states.add(story.transferred(target, t).state());
        expected.add("transferredOut", t, unit, dims);
        expected.add("transferredIn", t, target, dims);
        expected.firstResponse(t, unit, dims, routedAt);
        responded = true;
        unit = target;
      }
      if (random.nextInt(7) != 0) {
        t = later(t, random, 60 * 24);
        if (random.nextBoolean()) {
          states.add(story.acknowledged(t).state());
          expected.add("acknowledged", t, unit, dims);
        } else {
          states.add(story.inProgress(t).state());
        }
        if (!responded) {
          expected.firstResponse(t, unit, dims, routedAt);
          responded = true;
        }
      }
      if (random.nextInt(5) == 0) {
        t = later(t, random, 60 * 30);
        states.add(story.escalated(t).state());
        expected.add("escalations", t, unit, dims);
        expected.escalations++;
      }
      if (responded && random.nextInt(5) != 0) {
        t = later(t, random, 60 * 24 * 10);
        boolean reject = random.nextInt(8) == 0;
        states.add((reject ? story.rejected(t) : story.resolved(t)).state());
        expected.add(reject ? "rejected" : "resolved", t, unit, dims);
        expected.resolution(t, unit, dims, routedAt);
        if (reopens && random.nextInt(10) == 0) {
          t = later(t, random, 60 * 24);
          states.add(story.reopened(t).state());
          expected.add("reopened", t, unit, dims);
          t = later(t, random, 60 * 24);
          states.add(story.resolved(t).state());
          expected.add("resolved", t, unit, dims);
        }
        if (random.nextBoolean()) {
          t = later(t, random, 60 * 24 * 5);
          int[] scores = new int[SkmIndex.ELEMENTS];
          for (int i = 0; i < scores.length; i++) {
            scores[i] = 1 + Math.min(3, random.nextInt(5));
          }
          states.add(story.surveyed(t, scores).state());
          expected.survey(t, unit, dims, scores);
        }
      }
    }
    if (!duplicate && random.nextInt(30) == 0) {
      duplicate = true;
      t = later(t, random, 60);
      states.add(story.duplicateOf("c-original").escalated(t).state());
      expected.add("escalations", t, unit, dims);
      expected.escalations++;
    }
    expected.add(duplicate ? "duplicates" : "received", receivedAt, firstUnit, dims);
    return states;
  }

  private static Instant later(Instant t, Random random, int maxMinutes) {
    return t.plus(Duration.ofMinutes(1 + random.nextInt(maxMinutes)));
  }

  private record Dims(String category, Channel channel) {}

  /** The figures of every key, from the generator's record of events: plain sums and lists. */
  private static final class Expected {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private final Map<String, Figures> byKey = new TreeMap<>();
    long escalations;

    void add(String count, Instant at, String unit, Dims dims) {
      for (Figures figures : figures(at, unit, dims)) {
        figures.counts.merge(count, 1L, Long::sum);
      }
    }

    void firstResponse(Instant at, String unit, Dims dims, Instant routedAt) {
      timed("firstResponses", at, unit, dims, routedAt.plus(FIRST_RESPONSE_SLA), Duration.between(routedAt, at));
    }

    void resolution(Instant at, String unit, Dims dims, Instant routedAt) {
      timed("resolutions", at, unit, dims, routedAt.plus(RESOLUTION_SLA), Duration.between(routedAt, at));
    }

    private void timed(String count, Instant at, String unit, Dims dims, Instant due, Duration workingTime) {
      for (Figures figures : figures(at, unit, dims)) {
        figures.counts.merge(count, 1L, Long::sum);
        figures.counts.merge(count + (at.isAfter(due) ? "Late" : "WithinSla"), 1L, Long::sum);
        figures.workingMillis.computeIfAbsent(count, k -> new ArrayList<>()).add(workingTime.toMillis());
      }
    }

    void survey(Instant at, String unit, Dims dims, int[] scores) {
      for (Figures figures : figures(at, unit, dims)) {
        figures.counts.merge("surveys", 1L, Long::sum);
        for (int i = 0; i < scores.length; i++) {
          figures.scoreSums[i] += scores[i];
        }
      }
    }

    private List<Figures> figures(Instant at, String unit, Dims dims) {
      ZonedDateTime local = at.atZone(JAKARTA);
      String rest = "|" + (unit == null ? "-" : unit) + "|" + dims.category() + "|" + dims.channel();
      return List.of(
          byKey.computeIfAbsent("day:" + local.toLocalDate() + rest, k -> new Figures()),
          byKey.computeIfAbsent("month:" + MONTH.format(local) + rest, k -> new Figures()));
    }

    void assertMatches(Map<String, UnitMetrics> actual, boolean withEscalations) {
      assertTrue(byKey.size() > 500, "a broad sample: " + byKey.size() + " keys");
      List<String> mismatches = new ArrayList<>();
      for (Map.Entry<String, UnitMetrics> entry : actual.entrySet()) {
        Figures figures = byKey.getOrDefault(entry.getKey(), new Figures());
        Map<String, Long> counts = counts(entry.getValue());
        if (!withEscalations) {
          counts.remove("escalations");
        }
        for (Map.Entry<String, Long> count : counts.entrySet()) {
          long want = figures.counts.getOrDefault(count.getKey(), 0L);
          if (want != count.getValue()) {
            mismatches.add(entry.getKey() + " " + count.getKey() + ": " + count.getValue() + ", expected " + want);
          }
        }
        figures.checkQuantilesAndSkm(entry.getValue());
      }
      for (Map.Entry<String, Figures> entry : byKey.entrySet()) {
        boolean onlyEscalations = entry.getValue().counts.keySet().equals(Set.of("escalations"));
        if (!actual.containsKey(entry.getKey()) && (withEscalations || !onlyEscalations)) {
          mismatches.add(entry.getKey() + " missing");
        }
      }
      assertEquals(List.of(), mismatches);
    }

    private static Map<String, Long> counts(UnitMetrics m) {
      Map<String, Long> counts = new LinkedHashMap<>();
      counts.put("received", m.getReceived());
      counts.put("duplicates", m.getDuplicates());
      counts.put("routed", m.getRouted());
      counts.put("triaged", m.getTriaged());
      counts.put("acknowledged", m.getAcknowledged());
      counts.put("resolved", m.getResolved());
      counts.put("rejected", m.getRejected());
      counts.put("transferredIn", m.getTransferredIn());
      counts.put("transferredOut", m.getTransferredOut());
      counts.put("reopened", m.getReopened());
      counts.put("escalations", m.getEscalations());
      counts.put("firstResponses", m.getFirstResponses());
      counts.put("firstResponsesWithinSla", m.getFirstResponsesWithinSla());
      counts.put("firstResponsesLate", m.getFirstResponsesLate());
      counts.put("resolutions", m.getResolutions());
      counts.put("resolutionsWithinSla", m.getResolutionsWithinSla());
      counts.put("resolutionsLate", m.getResolutionsLate());
      counts.put("surveys", m.getSurveys());
      return counts;
    }
  }

  private static final class Figures {
    final Map<String, Long> counts = new HashMap<>();
    final Map<String, List<Long>> workingMillis = new HashMap<>();
    final long[] scoreSums = new long[SkmIndex.ELEMENTS];

    void checkQuantilesAndSkm(UnitMetrics m) {
      checkQuantiles(workingMillis.getOrDefault("firstResponses", List.of()),
          m.getFirstResponseP50WorkingMillis(), m.getFirstResponseP90WorkingMillis());
      checkQuantiles(workingMillis.getOrDefault("resolutions", List.of()),
          m.getResolutionP50WorkingMillis(), m.getResolutionP90WorkingMillis());
      long surveys = counts.getOrDefault("surveys", 0L);
      if (surveys == 0) {
        assertEquals(null, m.getSkm());
        return;
      }
      double weighted = 0;
      for (long sum : scoreSums) {
        weighted += (double) sum / surveys * 0.11;
      }
      double skm = weighted * 25;
      assertEquals(skm, m.getSkm(), 1e-9);
      assertEquals((double) scoreSums[2] / surveys, m.getNrr().getWaktu(), 1e-12);
      String grade = skm >= 88.305 ? "A" : skm >= 76.605 ? "B" : skm >= 64.995 ? "C" : "D";
      assertEquals(grade, m.getSkmGrade());
    }

    private static void checkQuantiles(List<Long> values, Long p50, Long p90) {
      if (values.isEmpty()) {
        assertEquals(null, p50);
        assertEquals(null, p90);
        return;
      }
      List<Long> sorted = values.stream().sorted().toList();
      QuantileCheck.assertClose(sorted, 0.5, p50);
      QuantileCheck.assertClose(sorted, 0.9, p90);
    }
  }
}
