package id.aduan.streams.tracker;

import static id.aduan.streams.tracker.TrackerDriver.MONDAY_MORNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.ResolutionMetrics;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The citizen's SKM answer joins the case once, after resolution. */
class TrackerSurveyTest {
  private static final Instant RESOLVED_AT = MONDAY_MORNING.plus(Duration.ofHours(3));
  private static final Instant ANSWERED_AT = RESOLVED_AT.plus(Duration.ofDays(1));

  @Test
  void theSkmValueUsesTheOfficialWeight() {
    // (4+4+3+3+4+3+4+3+4) = 32; 32 × 0.11 × 25 = 88.0 (with 1/9 it would be 88.89)
    assertEquals(88.0, Surveys.skm(TrackerDriver.scores(4, 4, 3, 3, 4, 3, 4, 3, 4)), 1e-9);
    assertEquals(99.0, Surveys.skm(TrackerDriver.scores(4, 4, 4, 4, 4, 4, 4, 4, 4)), 1e-9);
  }

  @Test
  void anAnswerAfterResolutionIsAcceptedOnceAndClosesTheCase() {
    try (TrackerDriver t = new TrackerDriver()) {
      resolved(t);
      t.survey("r1", ANSWERED_AT, 4, 4, 3, 3, 4, 3, 4, 3, 4);
      CaseState rated = t.lastState();
      assertEquals(CaseStatus.CLOSED, rated.getStatus());
      assertEquals(ANSWERED_AT, rated.getSurveyedAt());
      assertEquals(88.0, rated.getSatisfactionScore(), 1e-9);
      assertEquals(3, rated.getSurveyScores().getWaktu());
      ResolutionMetrics figures = t.metrics.readValue();
      assertEquals(88.0, figures.getSatisfactionScore(), 1e-9);
      assertEquals(CaseStatus.CLOSED, figures.getStatus());

      t.survey("r2", ANSWERED_AT.plusSeconds(60), 1, 1, 1, 1, 1, 1, 1, 1, 1);
      String reason = t.deadLetterReason();
      assertTrue(reason.startsWith("repeated-survey: "), reason);
      assertTrue(t.states.isEmpty());
    }
  }

  @Test
  void anAnswerBeforeResolutionIsRefused() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      t.survey("r1", RESOLVED_AT, 4, 4, 4, 4, 4, 4, 4, 4, 4);
      String reason = t.deadLetterReason();
      assertTrue(reason.startsWith("survey-before-resolution: "), reason);
      assertTrue(t.states.isEmpty());
      assertTrue(t.metrics.isEmpty());
    }
  }

  @Test
  void scoresOutsideOneToFourAreRefusedNamingTheElements() {
    try (TrackerDriver t = new TrackerDriver()) {
      resolved(t);
      t.survey("r1", ANSWERED_AT, 4, 4, 5, 4, 4, 0, 4, 4, 4);
      String reason = t.deadLetterReason();
      assertEquals("score-out-of-range: scores must be 1-4: waktu=5, kompetensi=0", reason);
      t.survey("r2", ANSWERED_AT.plusSeconds(1), 3, 3, 3, 3, 3, 3, 3, 3, 3);
      assertEquals(74.25, t.lastState().getSatisfactionScore(), 1e-9);
    }
  }

  @Test
  void anAnswerForAnUnknownCaseIsRefused() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.survey("r1", ANSWERED_AT, 4, 4, 4, 4, 4, 4, 4, 4, 4);
      assertTrue(t.deadLetterReason().startsWith("unknown-case: "));
    }
  }

  private static void resolved(TrackerDriver t) {
    t.routedToLalin();
    t.send(t.update("lalin", CaseStatus.RESOLVED, RESOLVED_AT));
    t.states.readValuesToList();
    t.metrics.readValuesToList();
  }
}
