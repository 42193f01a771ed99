package id.aduan.streams.tracker;

import static id.aduan.streams.tracker.TrackerDriver.FIRST_RESPONSE_DUE;
import static id.aduan.streams.tracker.TrackerDriver.MONDAY_MORNING;
import static id.aduan.streams.tracker.TrackerDriver.RESOLUTION_DUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.CaseEscalated;
import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.CaseUpdate;
import id.aduan.event.EscalationReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deadlines found by the wall clock and by event time, each escalation level raised once. */
class TrackerSlaTest {
  /** Wednesday 2 December 16:00 WIB: two working days (16 h) after the first-response deadline. */
  private static final Instant FIRST_RESPONSE_LEVEL2 = Instant.parse("2026-12-02T09:00:00Z");

  @Test
  void theWallClockEscalatesAMissedFirstResponseAtBothLevelsOnce() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      t.advanceWallClock(Duration.ofHours(7)); // 15:00 WIB: not yet due
      assertTrue(t.escalations.isEmpty());
      t.advanceWallClock(Duration.ofHours(1).plusSeconds(30)); // past 16:00 WIB
      CaseEscalated first = t.escalations.readValue();
      assertEquals(EscalationReason.FIRST_RESPONSE_OVERDUE, first.getReason());
      assertEquals(1, first.getLevel());
      assertEquals("lalin", first.getEscalatedToUnitId());
      assertEquals(FIRST_RESPONSE_DUE, first.getDueAt());
      CaseState overdue = t.lastState();
      assertTrue(overdue.getFirstResponseOverdue());
      assertEquals(1, overdue.getFirstResponseEscalationLevel());
      assertEquals(1, overdue.getEscalationCount());

      t.advanceWallClock(Duration.ofHours(24)); // Tuesday: level 2 not yet
      assertTrue(t.escalations.isEmpty(), "level 1 is not repeated");
      t.advanceWallClock(Duration.ofHours(24)); // Wednesday 16:00:30 WIB
      CaseEscalated second = t.escalations.readValue();
      assertEquals(2, second.getLevel());
      assertEquals(FIRST_RESPONSE_DUE, second.getDueAt());
      assertEquals(Duration.ofHours(16).toMillis(), second.getOverdueWorkingMillis());
      assertEquals(2, t.lastState().getFirstResponseEscalationLevel());

      t.advanceWallClock(Duration.ofHours(24));
      assertTrue(t.escalations.isEmpty(), "level 2 is not repeated");
      t.send(t.update("lalin", CaseStatus.ACKNOWLEDGED, Instant.parse("2026-12-03T02:00:00Z")));
      CaseState answered = t.lastState();
      assertEquals(CaseStatus.ACKNOWLEDGED, answered.getStatus());
      assertTrue(answered.getFirstResponseOverdue());
    }
  }

  @Test
  void aMissedResolutionIsEscalatedToTheAgencyThroughTheUnitsParent() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      t.send(t.update("lalin", CaseStatus.TRANSFERRED, MONDAY_MORNING.plus(Duration.ofHours(1)))
          .setTargetUnitId("sarpras").setNote("milik sarpras"));
      CaseState transferred = t.lastState();
      t.send(t.update("sarpras", CaseStatus.ACKNOWLEDGED, MONDAY_MORNING.plus(Duration.ofHours(2))));
      t.advanceWallClock(Duration.between(MONDAY_MORNING, transferred.getResolutionDue()).plusMinutes(1));
      CaseEscalated first = t.escalations.readValue();
      assertEquals(EscalationReason.RESOLUTION_OVERDUE, first.getReason());
      assertEquals(1, first.getLevel());
      assertEquals("sarpras", first.getEscalatedToUnitId());
      t.advanceWallClock(Duration.ofDays(5));
      CaseEscalated second = t.escalations.readValue();
      assertEquals(2, second.getLevel());
      assertEquals("dishub", second.getEscalatedToUnitId(), "level 2 goes to the unit's parent");
      assertTrue(t.escalations.isEmpty());
    }
  }

  @Test
  void resolvingInTimeStopsTheClock() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      t.send(t.update("lalin", CaseStatus.RESOLVED, MONDAY_MORNING.plus(Duration.ofHours(1))));
      t.advanceWallClock(Duration.ofDays(6));
      assertTrue(t.escalations.isEmpty());
    }
  }

  @Test
  void replayedRecordsEscalateByEventTimeWithoutTheWallClock() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      // another complaint's record, read long after: stream time passes both levels of this case's deadline
      t.driver.createInputTopic(t.topics.complaintsTriage().name(), t.topics.complaintsTriage().keySerde().serializer(),
              t.topics.complaintsTriage().valueSerde().serializer())
          .pipeInput("other", TrackerDriver.classified(FIRST_RESPONSE_LEVEL2), FIRST_RESPONSE_LEVEL2.plusSeconds(60));
      List<CaseEscalated> raised = t.escalations.readValuesToList();
      assertEquals(List.of(1, 2), raised.stream().map(CaseEscalated::getLevel).toList());
      assertEquals(List.of(FIRST_RESPONSE_DUE, FIRST_RESPONSE_LEVEL2),
          raised.stream().map(CaseEscalated::getEventTime).toList(), "raised at the moments they were due");
    }
  }

  @Test
  void aLateResolutionIsEscalatedBeforeItIsApplied() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      t.send(t.update("lalin", CaseStatus.ACKNOWLEDGED, MONDAY_MORNING.plus(Duration.ofHours(1))));
      Instant late = RESOLUTION_DUE.plus(Duration.ofHours(1));
      t.send(t.update("lalin", CaseStatus.RESOLVED, late));
      CaseEscalated escalated = t.escalations.readValue();
      assertEquals(EscalationReason.RESOLUTION_OVERDUE, escalated.getReason());
      assertEquals(1, escalated.getLevel());
      assertTrue(t.escalations.isEmpty());
      CaseState resolved = t.lastState();
      assertEquals(CaseStatus.RESOLVED, resolved.getStatus());
      assertTrue(resolved.getResolutionOverdue());
      assertFalse(t.metrics.readValue().getResolutionSlaMet());
    }
  }

  @Test
  void anAnswerIsJudgedByWhenItHappenedNotByWhenItWasWritten() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      // acknowledged an hour before the deadline, written to the topic an hour after it
      CaseUpdate answer = t.update("lalin", CaseStatus.ACKNOWLEDGED, FIRST_RESPONSE_DUE.minus(Duration.ofHours(1))).build();
      t.pipe(t.topics.caseUpdates(), answer, FIRST_RESPONSE_DUE.plus(Duration.ofHours(1)));
      assertTrue(t.escalations.isEmpty());
      CaseState acknowledged = t.lastState();
      assertEquals(CaseStatus.ACKNOWLEDGED, acknowledged.getStatus());
      assertFalse(acknowledged.getFirstResponseOverdue());
      assertEquals(0, acknowledged.getEscalationCount());
    }
  }

  @Test
  void aTriageCaseHasNoDeadline() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.receive(MONDAY_MORNING);
      t.triage(MONDAY_MORNING.plusSeconds(1));
      CaseState triage = t.lastState();
      assertNull(triage.getFirstResponseDue());
      t.advanceWallClock(Duration.ofDays(10));
      assertTrue(t.escalations.isEmpty());
    }
  }
}
