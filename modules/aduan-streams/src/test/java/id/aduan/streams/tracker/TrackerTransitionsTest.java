package id.aduan.streams.tracker;

import static id.aduan.streams.tracker.TrackerDriver.FIRST_RESPONSE_DUE;
import static id.aduan.streams.tracker.TrackerDriver.MONDAY_MORNING;
import static id.aduan.streams.tracker.TrackerDriver.RESOLUTION_DUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.ComplaintRouted;
import id.aduan.event.ResolutionMetrics;
import id.aduan.event.StatusChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every transition of the README's table, driven through the topology. */
class TrackerTransitionsTest {

  @Test
  void aReceivedComplaintKeepsIdsChannelTimesAndConfidentialityButNeverItsText() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.receive(MONDAY_MORNING);
      CaseState received = t.lastState();
      assertEquals(CaseStatus.RECEIVED, received.getStatus());
      assertEquals(MONDAY_MORNING, received.getReceivedAt());
      assertTrue(received.getConfidential());
      assertNull(received.getMaskedText());
      String all = received.toString();
      assertFalse(all.contains("0812"), all);
      assertFalse(all.contains("1671012345678901"), all);
      assertFalse(all.contains("Budi"), all);
    }
  }

  @Test
  void routedAcknowledgedInProgressResolvedAndClosedWhenTheReopenWindowEnds() {
    try (TrackerDriver t = new TrackerDriver()) {
      CaseState routed = t.routedToLalin();
      assertEquals(CaseStatus.ROUTED, routed.getStatus());
      assertEquals("lalin", routed.getUnitId());
      assertEquals("Bidang Lalu Lintas", routed.getUnitName());
      assertEquals("lampu-lalu-lintas", routed.getRuleId());
      assertEquals(FIRST_RESPONSE_DUE, routed.getFirstResponseDue());
      assertEquals(RESOLUTION_DUE, routed.getResolutionDue());
      assertTrue(routed.getMaskedText().contains("[TELEPON]"));
      assertEquals("Simpang Polda", routed.getMaskedAddress());

      Instant ack = MONDAY_MORNING.plus(Duration.ofHours(2));
      t.send(t.update("lalin", CaseStatus.ACKNOWLEDGED, ack).setNote("Laporan diterima, petugas meluncur"));
      CaseState acknowledged = t.lastState();
      assertEquals(CaseStatus.ACKNOWLEDGED, acknowledged.getStatus());
      assertEquals(ack, acknowledged.getFirstResponseAt());
      // 08:00:05 to 10:00 on a working Monday
      assertEquals(Duration.ofHours(2).minusSeconds(5).toMillis(), acknowledged.getFirstResponseWorkingMillis());
      assertEquals("Laporan diterima, petugas meluncur", acknowledged.getLastNote());

      t.send(t.update("lalin", CaseStatus.IN_PROGRESS, ack.plus(Duration.ofHours(1))));
      assertEquals(CaseStatus.IN_PROGRESS, t.lastState().getStatus());

      // Tuesday 10:00 WIB: one working day (8 h) and two hours after routing
      Instant resolvedAt = Instant.parse("2026-12-01T03:00:00Z");
      t.send(t.update("lalin", CaseStatus.RESOLVED, resolvedAt).setNote("Lampu sudah menyala"));
      CaseState resolved = t.lastState();
      assertEquals(CaseStatus.RESOLVED, resolved.getStatus());
      assertEquals(resolvedAt, resolved.getResolvedAt());
      assertEquals(Duration.ofHours(10).minusSeconds(5).toMillis(), resolved.getResolutionWorkingMillis());
      ResolutionMetrics figures = t.metrics.readValue();
      assertEquals(CaseStatus.RESOLVED, figures.getStatus());
      assertTrue(figures.getFirstResponseSlaMet());
      assertTrue(figures.getResolutionSlaMet());
      assertEquals(Duration.ofHours(10).toMillis(), figures.getResolutionWorkingMillis());

      t.advanceWallClock(Duration.ofDays(6));
      assertTrue(t.states.isEmpty(), "still inside the reopen window");
      t.advanceWallClock(Duration.ofDays(3));
      CaseState closed = t.lastState();
      assertEquals(CaseStatus.CLOSED, closed.getStatus());
      assertEquals(resolvedAt.plus(TrackerSettings.DEFAULT_REOPEN_WINDOW), closed.getClosedAt());
      assertEquals(CaseStatus.CLOSED, t.metrics.readValue().getStatus());
      assertEquals(List.of(CaseStatus.RECEIVED, CaseStatus.ROUTED, CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS,
          CaseStatus.RESOLVED, CaseStatus.CLOSED), closed.getHistory().stream().map(StatusChange::getStatus).toList());
      assertTrue(t.escalations.isEmpty(), "answered and resolved in time");
    }
  }

  @Test
  void aCaseRoutedBeforeIntakesRecordArrivesStillStartsReceived() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.route(MONDAY_MORNING.plusSeconds(5));
      CaseState routed = t.lastState();
      assertEquals(List.of(CaseStatus.RECEIVED, CaseStatus.ROUTED),
          routed.getHistory().stream().map(StatusChange::getStatus).toList());
      assertEquals(MONDAY_MORNING, routed.getHistory().get(0).getAt());

      t.receive(MONDAY_MORNING);
      t.send(t.update("lalin", CaseStatus.ACKNOWLEDGED, MONDAY_MORNING.plus(Duration.ofHours(1))));
      assertEquals(List.of(CaseStatus.RECEIVED, CaseStatus.ROUTED, CaseStatus.ACKNOWLEDGED),
          t.lastState().getHistory().stream().map(StatusChange::getStatus).toList(),
          "the late record neither adds a second RECEIVED nor undoes the routing");
    }
  }

  @Test
  void aRejectionWithItsReasonStopsTheClocksAndIsCounted() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      Instant at = MONDAY_MORNING.plus(Duration.ofHours(1));
      t.send(t.update("lalin", CaseStatus.REJECTED, at).setNote("Bukan kewenangan kami: jalan nasional"));
      CaseState rejected = t.lastState();
      assertEquals(CaseStatus.REJECTED, rejected.getStatus());
      assertEquals(at, rejected.getResolvedAt());
      assertEquals("Bukan kewenangan kami: jalan nasional", rejected.getHistory().get(2).getNote());
      assertEquals(CaseStatus.REJECTED, t.metrics.readValue().getStatus());
      t.advanceWallClock(Duration.ofDays(3));
      assertTrue(t.escalations.isEmpty(), "a rejected case is not escalated");
    }
  }

  @Test
  void aTransferReroutesToTheTargetUnitTopicWithFreshDeadlines() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      // Monday 15:00 WIB
      Instant at = Instant.parse("2026-11-30T08:00:00Z");
      t.send(t.update("lalin", CaseStatus.TRANSFERRED, at).setTargetUnitId("sarpras")
          .setNote("Lampu jalan, bukan lampu lalu lintas").setCorrectedCategory("lampu_jalan"));

      var toUnit = t.output(t.topics.unit("sarpras")).readValuesToList();
      assertEquals(1, toUnit.size());
      ComplaintRouted rerouted = toUnit.get(0);
      assertEquals("sarpras", rerouted.getUnitId());
      assertEquals("lalin", rerouted.getPreviousUnitId());
      assertEquals("officer-7", rerouted.getRoutedBy());
      assertNull(rerouted.getRuleId());
      // 1 h left on Monday + 23 h = Thursday 15:00 WIB; 40 h = Monday 7 Dec 15:00 WIB
      assertEquals(Instant.parse("2026-12-03T08:00:00Z"), rerouted.getFirstResponseDue());
      assertEquals(Instant.parse("2026-12-07T08:00:00Z"), rerouted.getResolutionDue());
      List<ComplaintRouted> onRouted = t.routed.readValuesToList();
      assertTrue(onRouted.contains(rerouted), "also on complaints.routed");

      List<CaseState> states = t.states.readValuesToList();
      assertEquals(1, states.size(), "the tracker's own routed record, read back, changes nothing: " + states);
      CaseState transferred = states.get(0);
      assertEquals(CaseStatus.TRANSFERRED, transferred.getStatus());
      assertEquals("sarpras", transferred.getUnitId());
      assertEquals("Bidang Sarana dan Prasarana", transferred.getUnitName());
      assertEquals("lampu_jalan", transferred.getCategory());
      assertEquals(1, transferred.getTransferCount());
      assertEquals(at, transferred.getFirstResponseAt(), "the transfer was lalin's response");
      assertEquals(rerouted.getFirstResponseDue(), transferred.getFirstResponseDue());

      // the old deadlines no longer apply: Monday 16:00 passes without an escalation
      t.advanceWallClock(Duration.ofHours(10));
      assertTrue(t.escalations.isEmpty());
      t.send(t.update("sarpras", CaseStatus.ACKNOWLEDGED, at.plus(Duration.ofHours(20))));
      assertEquals(CaseStatus.ACKNOWLEDGED, t.lastState().getStatus());
    }
  }

  @Test
  void aTriageOfficerRoutesByHandWithACorrectedCategory() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.receive(MONDAY_MORNING);
      t.triage(MONDAY_MORNING.plusSeconds(5));
      assertEquals(CaseStatus.TRIAGE, t.lastState().getStatus());
      Instant at = MONDAY_MORNING.plus(Duration.ofMinutes(30));
      t.send(t.update("triage", CaseStatus.ROUTED, at).setActor("admin-1").setTargetUnitId("sarpras")
          .setCorrectedCategory("lampu_jalan"));
      CaseState routed = t.lastState();
      assertEquals(CaseStatus.ROUTED, routed.getStatus());
      assertEquals("sarpras", routed.getUnitId());
      assertEquals("lampu_jalan", routed.getCategory());
      assertNull(routed.getFirstResponseAt(), "routing is not the unit's response");
      assertEquals(0, routed.getTransferCount());
      ComplaintRouted byHand = t.output(t.topics.unit("sarpras")).readValue();
      assertEquals("admin-1", byHand.getRoutedBy());
      assertNull(byHand.getPreviousUnitId());
      assertEquals(routed.getFirstResponseDue(), byHand.getFirstResponseDue());
    }
  }

  @Test
  void aTriageOfficerRejectsWhatIsNotAComplaint() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.receive(MONDAY_MORNING);
      t.triage(MONDAY_MORNING.plusSeconds(5));
      Instant at = MONDAY_MORNING.plus(Duration.ofMinutes(10));
      t.send(t.update("triage", CaseStatus.REJECTED, at).setActor("admin-1").setNote("Bukan pengaduan: ucapan terima kasih"));
      CaseState rejected = t.lastState();
      assertEquals(CaseStatus.REJECTED, rejected.getStatus());
      assertNull(rejected.getUnitId());
      assertNull(rejected.getFirstResponseAt(), "no unit had it");
      ResolutionMetrics figures = t.metrics.readValue();
      assertEquals(ResolutionFigures.TRIAGE_UNIT, figures.getUnitId());
      assertEquals(CaseStatus.REJECTED, figures.getStatus());
    }
  }

  @Test
  void theCitizenReopensInsideTheWindowWithAFreshResolutionDeadline() {
    try (TrackerDriver t = new TrackerDriver()) {
      t.routedToLalin();
      Instant resolvedAt = MONDAY_MORNING.plus(Duration.ofHours(3));
      t.send(t.update("lalin", CaseStatus.RESOLVED, resolvedAt));
      Instant reopenAt = resolvedAt.plus(Duration.ofDays(6));
      t.send(t.update("lalin", CaseStatus.REOPENED, reopenAt).setActor(CaseUpdates.CITIZEN)
          .setNote("Lampu mati lagi"));
      CaseState reopened = t.lastState();
      assertEquals(CaseStatus.REOPENED, reopened.getStatus());
      assertEquals(1, reopened.getReopenCount());
      assertNull(reopened.getResolvedAt());
      assertTrue(reopened.getResolutionDue().isAfter(reopenAt));
      t.metrics.readValuesToList();
      t.send(t.update("lalin", CaseStatus.RESOLVED, reopenAt.plus(Duration.ofHours(1))));
      assertEquals(CaseStatus.RESOLVED, t.lastState().getStatus());
      assertEquals(1, t.metrics.readValue().getReopenCount());
    }
  }
}
