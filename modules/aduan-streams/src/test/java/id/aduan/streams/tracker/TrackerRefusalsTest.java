package id.aduan.streams.tracker;

import static id.aduan.streams.tracker.TrackerDriver.MONDAY_MORNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.CaseUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each reason an update is refused: a dead letter with the reason, the case unchanged, the job going on. */
class TrackerRefusalsTest {
  private static final Instant LATER = MONDAY_MORNING.plus(Duration.ofHours(1));

  private static void assertRefused(TrackerDriver t, CaseUpdate.Builder update, String code) {
    t.send(update);
    String reason = t.deadLetterReason();
    assertTrue(reason.startsWith(code + ": "), reason);
    assertTrue(t.states.isEmpty(), "the case must not change");
  }

  /** The case still takes a valid update afterwards. */
  private static void assertStillWorking(TrackerDriver t, CaseStatus expectedFrom) {
    t.send(t.update("lalin", CaseStatus.IN_PROGRESS, LATER.plus(Duration.ofMinutes(30))));
    CaseState after = t.lastState();
    assertEquals(CaseStatus.IN_PROGRESS, after.getStatus());
    assertEquals(expectedFrom, after.getHistory().get(after.getHistory().size() - 2).getStatus());
  }

  @Test
  void anUpdateForACaseNotRoutedYetIsRefusedAsUnknown() {
    try (TrackerDriver t = new TrackerDriver()) {
      assertRefused(t, t.update("lalin", CaseStatus.ACKNOWLEDGED, LATER), "unknown-case");
      t.receive(MONDAY_MORNING);
      t.states.readValuesToList();
      assertRefused(t, t.update("lalin", CaseStatus.ACKNOWLEDGED, LATER), "unknown-case");
    }
  }

  @Test
  void anUpdateFromAnotherUnitIsRefused() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      assertRefused(t, t.update("sarpras", CaseStatus.ACKNOWLEDGED, LATER), "wrong-unit");
      assertStillWorking(t, CaseStatus.ROUTED);
    }
  }

  @Test
  void impossibleTransitionsAreRefused() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      assertRefused(t, t.update("lalin", CaseStatus.CLOSED, LATER), "impossible-transition");
      assertRefused(t, t.update("lalin", CaseStatus.REOPENED, LATER).setActor(CaseUpdates.CITIZEN),
          "impossible-transition");
      t.send(t.update("lalin", CaseStatus.IN_PROGRESS, LATER));
      t.states.readValuesToList();
      assertRefused(t, t.update("lalin", CaseStatus.ACKNOWLEDGED, LATER.plusSeconds(1)), "impossible-transition");
      assertRefused(t, t.update("lalin", CaseStatus.TRANSFERRED, LATER.plusSeconds(1)).setTargetUnitId("lalin"),
          "impossible-transition");
    }
  }

  @Test
  void aRejectionWithoutAReasonIsRefused() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      assertRefused(t, t.update("lalin", CaseStatus.REJECTED, LATER), "missing-reason");
      assertRefused(t, t.update("lalin", CaseStatus.REJECTED, LATER).setNote("  "), "missing-reason");
      assertStillWorking(t, CaseStatus.ROUTED);
    }
  }

  @Test
  void aTransferNeedsAConfiguredTarget() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      assertRefused(t, t.update("lalin", CaseStatus.TRANSFERRED, LATER), "missing-target");
      assertRefused(t, t.update("lalin", CaseStatus.TRANSFERRED, LATER).setTargetUnitId("pupr"), "unknown-unit");
      assertTrue(t.routed.isEmpty(), "nothing re-routed");
    }
  }

  @Test
  void aRepeatedUpdateIdIsAppliedOnce() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      CaseUpdate.Builder ack = t.update("lalin", CaseStatus.ACKNOWLEDGED, LATER);
      t.send(ack);
      assertEquals(CaseStatus.ACKNOWLEDGED, t.lastState().getStatus());
      assertRefused(t, CaseUpdate.newBuilder(ack.build()).setStatus(CaseStatus.IN_PROGRESS), "duplicate-update");
      assertStillWorking(t, CaseStatus.ACKNOWLEDGED);
    }
  }

  @Test
  void anUpdateOlderThanTheLastChangeIsRefused() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      t.send(t.update("lalin", CaseStatus.ACKNOWLEDGED, LATER));
      t.states.readValuesToList();
      assertRefused(t, t.update("lalin", CaseStatus.IN_PROGRESS, LATER.minusSeconds(60)), "out-of-order");
    }
  }

  @Test
  void onlyTheCitizenReopensAndOnlyInsideTheWindow() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      t.send(t.update("lalin", CaseStatus.RESOLVED, LATER));
      t.states.readValuesToList();
      t.metrics.readValuesToList();
      assertRefused(t, t.update("lalin", CaseStatus.REOPENED, LATER.plusSeconds(60)), "wrong-actor");
      // eight days later the case closed on the way (the record's time advanced its clock), then the reopen is refused
      t.send(t.update("lalin", CaseStatus.REOPENED, LATER.plus(Duration.ofDays(8))).setActor(CaseUpdates.CITIZEN));
      String reason = t.deadLetterReason();
      assertTrue(reason.startsWith("reopen-window-passed: "), reason);
      // stream time moved past the end of the window: the case is closed, not reopened
      List<CaseState> after = t.states.readValuesToList();
      assertEquals(List.of(CaseStatus.CLOSED), after.stream().map(CaseState::getStatus).toList());
    }
  }

  @Test
  void anUpdateUnderAnotherKeyIsRefused() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      var updates = t.topics.caseUpdates();
      t.driver.createInputTopic(updates.name(), updates.keySerde().serializer(), updates.valueSerde().serializer())
          .pipeInput("another-complaint", t.update("lalin", CaseStatus.ACKNOWLEDGED, LATER).build(), LATER);
      String reason = t.deadLetterReason();
      assertTrue(reason.startsWith("key-mismatch: "), reason);
      assertTrue(t.states.isEmpty());
      assertStillWorking(t, CaseStatus.ROUTED);
    }
  }
}
