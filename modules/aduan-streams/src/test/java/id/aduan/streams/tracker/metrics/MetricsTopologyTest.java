package id.aduan.streams.tracker.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.Channel;
import id.aduan.event.UnitMetrics;
import id.aduan.streams.dlq.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class MetricsTopologyTest {
  /** Monday 23 November 2026, 09:00 in Jakarta. */
  private static final Instant MONDAY = Instant.parse("2026-11-23T02:00:00Z");
  private static final String LIGHT = "lampu_lalu_lintas";

  @Test
  void eachStatusChangeCountsOnceForTheUnitThatMadeIt() {
    try (MetricsDriver metrics = new MetricsDriver()) {
      CaseStory story = CaseStory.received("c1", Channel.WEB, LIGHT, MONDAY);
      metrics.send(story);
      metrics.send(story.routed("lalin", MONDAY.plus(Duration.ofMinutes(5))));
      metrics.send(story.acknowledged(MONDAY.plus(Duration.ofHours(1))));
      metrics.send(story.inProgress(MONDAY.plus(Duration.ofHours(2))));
      metrics.send(story.escalated(MONDAY.plus(Duration.ofHours(3))));
      metrics.send(story.resolved(MONDAY.plus(Duration.ofHours(50))));
      metrics.send(story.reopened(MONDAY.plus(Duration.ofHours(51))));
      metrics.send(story.rejected(MONDAY.plus(Duration.ofHours(52))));
      metrics.send(story.surveyed(MONDAY.plus(Duration.ofHours(53)), 4, 4, 3, 4, 4, 3, 4, 4, 4));

      UnitMetrics monday = metrics.metrics("day:2026-11-23|lalin|lampu_lalu_lintas|WEB");
      assertEquals(1, monday.getReceived());
      assertEquals(0, monday.getDuplicates());
      assertEquals(1, monday.getRouted());
      assertEquals(1, monday.getAcknowledged());
      assertEquals(1, monday.getEscalations());
      assertEquals(1, monday.getFirstResponses());
      assertEquals(1, monday.getFirstResponsesWithinSla(), "an hour after routing, due in eight");
      assertEquals(1.0, monday.getFirstResponseSlaShare());
      assertEquals(Duration.ofMinutes(55).toMillis(), monday.getFirstResponseP50WorkingMillis());
      assertEquals(0, monday.getResolved());

      UnitMetrics wednesday = metrics.metrics("day:2026-11-25|lalin|lampu_lalu_lintas|WEB");
      assertEquals(1, wednesday.getResolved());
      assertEquals(1, wednesday.getReopened());
      assertEquals(1, wednesday.getRejected());
      assertEquals(1, wednesday.getResolutions(), "the first resolution only");
      assertEquals(1, wednesday.getResolutionsLate(), "resolved after 50 h, due in 40");
      assertEquals(0.0, wednesday.getResolutionSlaShare());
      assertEquals(Duration.ofMinutes(50 * 60 - 5).toMillis(), wednesday.getResolutionP90WorkingMillis());
      assertEquals(1, wednesday.getSurveys());
      assertEquals(0, wednesday.getReceived());

      UnitMetrics month = metrics.metrics("month:2026-11|lalin|lampu_lalu_lintas|WEB");
      assertEquals(1, month.getReceived());
      assertEquals(1, month.getResolved());
      assertEquals(1, month.getSurveys());
      assertEquals("Asia/Jakarta", month.getTimeZone());
      assertEquals(Instant.parse("2026-10-31T17:00:00Z"), month.getPeriodStart());
      assertEquals(Instant.parse("2026-11-30T17:00:00Z"), month.getPeriodEnd());
      UnitMetrics beforeRouting = metrics.metrics("day:2026-11-23|-|lampu_lalu_lintas|WEB");
      assertEquals(0, beforeRouting.getReceived(), "counted for no unit at first, then moved to the unit");
    }
  }

  @Test
  void aComplaintInTriageCountsForNoUnitUntilRouted() {
    try (MetricsDriver metrics = new MetricsDriver()) {
      CaseStory story = CaseStory.received("c1", Channel.SMS, null, MONDAY);
      metrics.send(story.triage(MONDAY.plusSeconds(60)));
      assertEquals(1, metrics.metrics("day:2026-11-23|-|-|SMS").getReceived());
      assertEquals(1, metrics.metrics("day:2026-11-23|-|-|SMS").getTriaged());

      metrics.send(story.category("parkir").routed("kota-1671", MONDAY.plusSeconds(3600)));
      assertEquals(0, metrics.metrics("day:2026-11-23|-|-|SMS").getReceived(), "moved to its unit");
      assertEquals(1, metrics.metrics("day:2026-11-23|-|-|SMS").getTriaged(), "triage stays where it happened");
      UnitMetrics unit = metrics.metrics("day:2026-11-23|kota-1671|parkir|SMS");
      assertEquals(1, unit.getReceived());
      assertEquals(1, unit.getRouted());
      assertNull(unit.getSkm());
    }
  }

  @Test
  void aDuplicateCountsOnceAsADuplicateAndNotAsReceived() {
    try (MetricsDriver metrics = new MetricsDriver()) {
      CaseStory original = CaseStory.received("c1", Channel.WEB, LIGHT, MONDAY);
      CaseStory copy = CaseStory.received("c2", Channel.WEB, LIGHT, MONDAY.plusSeconds(30)).duplicateOf("c1");
      metrics.send(original.routed("lalin", MONDAY.plusSeconds(60)));
      metrics.send(copy.routed("lalin", MONDAY.plusSeconds(90)));
      metrics.send(copy.state());
      metrics.send(copy.acknowledged(MONDAY.plusSeconds(600)));

      UnitMetrics day = metrics.metrics("day:2026-11-23|lalin|lampu_lalu_lintas|WEB");
      assertEquals(1, day.getReceived());
      assertEquals(1, day.getDuplicates());
      assertEquals(2, day.getRouted(), "a duplicate is still routed");
    }
  }

  @Test
  void aComplaintLinkedAsDuplicateLaterMovesFromReceivedToDuplicates() {
    try (MetricsDriver metrics = new MetricsDriver()) {
      CaseStory story = CaseStory.received("c1", Channel.WEB, LIGHT, MONDAY);
      var routed = story.routed("lalin", MONDAY.plusSeconds(60)).state();
      metrics.send(routed);
      assertEquals(1, metrics.metrics("day:2026-11-23|lalin|lampu_lalu_lintas|WEB").getReceived());

      metrics.send(story.duplicateOf("c0").acknowledged(Instant.parse("2026-11-26T02:00:00Z")));
      metrics.send(routed);
      UnitMetrics day = metrics.metrics("day:2026-11-23|lalin|lampu_lalu_lintas|WEB");
      assertEquals(0, day.getReceived());
      assertEquals(1, day.getDuplicates(), "counted on the day it arrived, and an older state sent again undoes nothing");
      assertEquals(1, metrics.metrics("day:2026-11-26|lalin|lampu_lalu_lintas|WEB").getAcknowledged());
    }
  }

  @Test
  void aStateDeliveredAgainCountsNothing() {
    try (MetricsDriver metrics = new MetricsDriver()) {
      CaseStory story = CaseStory.received("c1", Channel.WEB, LIGHT, MONDAY).routed("lalin", MONDAY.plusSeconds(60));
      var routed = story.state();
      var answered = story.acknowledged(MONDAY.plusSeconds(600)).surveyed(MONDAY.plusSeconds(900), 4, 4, 4, 4, 4, 4, 4, 4, 4)
          .escalated(MONDAY.plusSeconds(1200)).state();
      metrics.send(routed);
      metrics.send(answered);
      UnitMetrics before = metrics.metrics("day:2026-11-23|lalin|lampu_lalu_lintas|WEB");
      int published = metrics.published();

      metrics.send(answered);
      metrics.send(routed);
      metrics.send(answered);

      assertEquals(published, metrics.published(), "nothing new to publish");
      assertEquals(before, metrics.metrics("day:2026-11-23|lalin|lampu_lalu_lintas|WEB"));
      assertEquals(1, before.getReceived());
      assertEquals(1, before.getSurveys());
      assertEquals(1, before.getEscalations());
    }
  }

  @Test
  void aTransferMovesLaterEventsToTheNewUnit() {
    try (MetricsDriver metrics = new MetricsDriver()) {
      CaseStory story = CaseStory.received("c1", Channel.OPEN311, "jalan_rusak", MONDAY).routed("lalin", MONDAY.plusSeconds(60));
      metrics.send(story);
      metrics.send(story.transferred("pupr", MONDAY.plusSeconds(1800)));
      metrics.send(story.acknowledged(MONDAY.plusSeconds(3600)));
      metrics.send(story.resolved(MONDAY.plusSeconds(7200)));
      metrics.send(story.surveyed(MONDAY.plusSeconds(9000), 3, 3, 3, 3, 3, 3, 3, 3, 3));

      UnitMetrics lalin = metrics.metrics("day:2026-11-23|lalin|jalan_rusak|OPEN311");
      UnitMetrics pupr = metrics.metrics("day:2026-11-23|pupr|jalan_rusak|OPEN311");
      assertEquals(1, lalin.getReceived());
      assertEquals(1, lalin.getRouted());
      assertEquals(1, lalin.getTransferredOut());
      assertEquals(1, lalin.getFirstResponses(), "the transfer was the first response");
      assertEquals(0, lalin.getAcknowledged());
      assertEquals(0, lalin.getResolved());
      assertEquals(0, pupr.getReceived());
      assertEquals(1, pupr.getTransferredIn());
      assertEquals(1, pupr.getAcknowledged());
      assertEquals(1, pupr.getResolved());
      assertEquals(1, pupr.getResolutions());
      assertEquals(0, pupr.getFirstResponses());
      assertEquals(1, pupr.getSurveys(), "answered while pupr had the case");
      assertEquals(0, lalin.getSurveys());
    }
  }

  @Test
  void daysAndMonthsEndAtMidnightInJakarta() {
    try (MetricsDriver metrics = new MetricsDriver()) {
      // 23:30 UTC on 28 November is 06:30 on 29 November in Jakarta.
      metrics.send(CaseStory.received("c1", Channel.WEB, LIGHT, Instant.parse("2026-11-28T23:30:00Z"))
          .routed("lalin", Instant.parse("2026-11-28T23:31:00Z")));
      // 16:59 UTC on 30 November is still November in Jakarta; 17:00 is 1 December.
      metrics.send(CaseStory.received("c2", Channel.WEB, LIGHT, Instant.parse("2026-11-30T16:59:59Z")));
      metrics.send(CaseStory.received("c3", Channel.WEB, LIGHT, Instant.parse("2026-11-30T17:00:00Z")));

      assertEquals(1, metrics.metrics("day:2026-11-29|lalin|lampu_lalu_lintas|WEB").getReceived());
      assertFalse(metrics.metrics().containsKey("day:2026-11-28|lalin|lampu_lalu_lintas|WEB"));
      UnitMetrics day = metrics.metrics("day:2026-11-29|lalin|lampu_lalu_lintas|WEB");
      assertEquals(Instant.parse("2026-11-28T17:00:00Z"), day.getPeriodStart());
      assertEquals(Instant.parse("2026-11-29T17:00:00Z"), day.getPeriodEnd());
      assertEquals(1, metrics.metrics("day:2026-11-30|-|lampu_lalu_lintas|WEB").getReceived());
      assertEquals(1, metrics.metrics("month:2026-11|-|lampu_lalu_lintas|WEB").getReceived());
      assertEquals(1, metrics.metrics("day:2026-12-01|-|lampu_lalu_lintas|WEB").getReceived());
      assertEquals(1, metrics.metrics("month:2026-12|-|lampu_lalu_lintas|WEB").getReceived());
    }
  }

  @Test
  void lateEventsUpdateTheirOwnPeriodAndBeyondRetentionGoToTheDeadLetterTopic() {
    MetricsSettings settings = MetricsSettings.standard().withGrace(Duration.ofDays(2)).withRetention(Duration.ofDays(10));
    try (MetricsDriver metrics = new MetricsDriver(settings)) {
      metrics.send(CaseStory.received("now", Channel.WEB, LIGHT, Instant.parse("2026-11-27T03:00:00Z")));

      // Stream time is Friday 10:00 in Jakarta; Wednesday ended 34 hours before: within the grace.
      metrics.send(CaseStory.received("within", Channel.WEB, LIGHT, Instant.parse("2026-11-25T03:00:00Z"))
          .routed("lalin", Instant.parse("2026-11-25T03:10:00Z")));
      UnitMetrics wednesday = metrics.metrics("day:2026-11-25|lalin|lampu_lalu_lintas|WEB");
      assertEquals(1, wednesday.getReceived());
      assertEquals(0, wednesday.getLateEvents());
      assertEquals(Instant.parse("2026-11-27T03:00:00Z"), wednesday.getAsOf(), "stream time, not the wall clock");

      // Monday ended 3 days 10 hours before: past the grace, still counted in its own day, and marked late.
      metrics.send(CaseStory.received("after", Channel.WEB, LIGHT, Instant.parse("2026-11-23T03:00:00Z"))
          .routed("lalin", Instant.parse("2026-11-23T03:10:00Z")));
      UnitMetrics monday = metrics.metrics("day:2026-11-23|lalin|lampu_lalu_lintas|WEB");
      assertEquals(1, monday.getReceived());
      assertEquals(1, monday.getRouted());
      assertEquals(2, monday.getLateEvents());
      assertEquals(0, metrics.metrics("month:2026-11|lalin|lampu_lalu_lintas|WEB").getLateEvents());
      assertEquals(2, metrics.metrics("month:2026-11|lalin|lampu_lalu_lintas|WEB").getReceived());

      // Older than the retention: refused, with the reason, and the published figures are left alone.
      int published = metrics.published();
      metrics.send(CaseStory.received("old", Channel.WEB, LIGHT, Instant.parse("2026-11-10T03:00:00Z")));
      assertEquals(published, metrics.published());
      TestRecord<byte[], byte[]> dead = metrics.deadLetters().readRecord();
      Headers headers = dead.headers();
      assertEquals("metrics", new String(headers.lastHeader(DeadLetterHeaders.STAGE).value(), StandardCharsets.UTF_8));
      String reason = new String(headers.lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8);
      assertTrue(reason.contains("2026-11-10") && reason.contains("PT240H"), reason);

      // Once stream time is past a period's retention, the store forgets it; the topic keeps what was published.
      metrics.send(CaseStory.received("december", Channel.WEB, LIGHT, Instant.parse("2026-12-06T03:00:00Z")));
      List<String> stored = metrics.storedKeys();
      assertFalse(stored.contains("day:2026-11-23|lalin|lampu_lalu_lintas|WEB"), stored.toString());
      assertFalse(stored.contains("day:2026-11-25|lalin|lampu_lalu_lintas|WEB"), stored.toString());
      assertTrue(stored.contains("day:2026-11-27|-|lampu_lalu_lintas|WEB"), stored.toString());
      assertTrue(stored.contains("month:2026-11|lalin|lampu_lalu_lintas|WEB"), stored.toString());
      assertEquals(1, metrics.metrics("day:2026-11-23|lalin|lampu_lalu_lintas|WEB").getReceived());
    }
  }

  @Test
  void anInvalidSurveyGoesToTheDeadLetterTopicAndTheCaseCountsWhenCorrected() {
    try (MetricsDriver metrics = new MetricsDriver()) {
      CaseStory story = CaseStory.received("c1", Channel.WEB, LIGHT, MONDAY).routed("lalin", MONDAY.plusSeconds(60));
      metrics.send(story.surveyed(MONDAY.plusSeconds(600), 4, 4, 5, 4, 4, 4, 4, 4, 4));
      TestRecord<byte[], byte[]> dead = metrics.deadLetters().readRecord();
      assertEquals("SKM element U3 scored 5, outside 1-4",
          new String(dead.headers().lastHeader(DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8));
      assertEquals("c1", new String(dead.key(), StandardCharsets.UTF_8));
      assertTrue(metrics.metrics().isEmpty());

      metrics.send(story.surveyed(MONDAY.plusSeconds(700), 4, 4, 4, 4, 4, 4, 4, 4, 4));
      UnitMetrics day = metrics.metrics("day:2026-11-23|lalin|lampu_lalu_lintas|WEB");
      assertEquals(1, day.getReceived());
      assertEquals(1, day.getSurveys());
      assertEquals(99.0, day.getSkm(), 1e-9);
    }
  }

  @Test
  void skmOfTheSurveysUsesTheOfficialWeight() {
    try (MetricsDriver metrics = new MetricsDriver(MetricsSettings.standard().withMinimumSurveys(2))) {
      CaseStory first = CaseStory.received("c1", Channel.WEB, LIGHT, MONDAY).routed("lalin", MONDAY.plusSeconds(60));
      CaseStory second = CaseStory.received("c2", Channel.WEB, LIGHT, MONDAY).routed("lalin", MONDAY.plusSeconds(60));
      metrics.send(first.surveyed(MONDAY.plusSeconds(600), 4, 4, 4, 4, 4, 4, 4, 4, 4));
      assertFalse(metrics.metrics("day:2026-11-23|lalin|lampu_lalu_lintas|WEB").getRankable(), "one answer of two needed");
      metrics.send(second.surveyed(MONDAY.plusSeconds(700), 3, 3, 3, 3, 3, 3, 3, 3, 4));

      UnitMetrics day = metrics.metrics("day:2026-11-23|lalin|lampu_lalu_lintas|WEB");
      assertEquals(2, day.getSurveys());
      assertTrue(day.getRankable());
      assertEquals(3.5, day.getNrr().getPersyaratan(), 1e-12);
      assertEquals(4.0, day.getNrr().getSarana(), 1e-12);
      // Σ NRR = 32: 32 × 0.11 × 25 = 88.00 (B); 1/9 would give 88.89 (A).
      assertEquals(88.0, day.getSkm(), 1e-9);
      assertEquals("B", day.getSkmGrade());
    }
  }

  @Test
  void workingTimeQuantilesAgreeWithAnExactComputation() {
    Random random = new Random(17);
    List<Long> minutes = new ArrayList<>();
    try (MetricsDriver metrics = new MetricsDriver()) {
      for (int i = 0; i < 400; i++) {
        // Skewed like real response times: most within hours, a long tail over days.
        long responseMinutes = 1 + (long) (Math.exp(random.nextGaussian() * 1.2 + 5));
        minutes.add(responseMinutes);
        Instant routed = MONDAY.plusSeconds(i);
        metrics.send(CaseStory.received("c" + i, Channel.WEB, LIGHT, routed).routed("lalin", routed)
            .acknowledged(routed.plus(Duration.ofMinutes(responseMinutes))));
      }
      UnitMetrics month = metrics.metrics("month:2026-11|lalin|lampu_lalu_lintas|WEB");
      assertEquals(400, month.getFirstResponses());
      List<Long> millis = minutes.stream().map(m -> m * 60_000).sorted().toList();
      QuantileCheck.assertClose(millis, 0.5, month.getFirstResponseP50WorkingMillis());
      QuantileCheck.assertClose(millis, 0.9, month.getFirstResponseP90WorkingMillis());
      long within = minutes.stream().filter(m -> m <= 8 * 60).count();
      assertEquals(within, month.getFirstResponsesWithinSla());
      assertEquals(400 - within, month.getFirstResponsesLate());
      assertEquals((double) within / 400, month.getFirstResponseSlaShare(), 1e-12);
      assertEquals(400, WorkingTimeSketch.read(month.getFirstResponseSketch().array()).size(),
          "the published sketch holds every value, for merging");
    }
  }
}
