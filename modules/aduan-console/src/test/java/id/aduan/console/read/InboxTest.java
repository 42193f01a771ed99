package id.aduan.console.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.aduan.console.auth.Principal;
import id.aduan.console.auth.Role;
import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.Channel;
import id.aduan.event.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InboxTest {
  private static final Instant NOW = Instant.parse("2026-11-30T03:00:00Z");
  private static final Principal LALIN = new Principal("siti", Role.UNIT, "lalin");

  @Test
  void overdueCasesComeFirstThenTheLeastTimeLeftAndClosedOnesOnlyWhenAskedFor() {
    CaseState late = state("late", CaseStatus.ROUTED, NOW.minus(Duration.ofHours(1)), null, "lampu mati");
    CaseState soon = state("soon", CaseStatus.ROUTED, NOW.plus(Duration.ofHours(2)), null, "rambu rusak");
    CaseState later = state("later", CaseStatus.ROUTED, NOW.plus(Duration.ofHours(20)), null, "marka pudar");
    // answered: the resolution deadline runs, not the passed first-response one
    CaseState answered = state("answered", CaseStatus.ACKNOWLEDGED, NOW.minus(Duration.ofHours(5)), NOW.plus(Duration.ofHours(1)), "x");
    answered.setFirstResponseAt(NOW.minus(Duration.ofHours(6)));
    CaseState done = state("done", CaseStatus.RESOLVED, null, null, "lampu mati lagi");

    List<String> open = ids(Inbox.list(LALIN, Stream.of(later, done, soon, answered, late), Inbox.Filter.of(null, null, null), NOW));
    assertEquals(List.of("late", "answered", "soon", "later"), open);
    assertEquals(List.of("late", "answered", "soon", "later", "done"),
        ids(Inbox.list(LALIN, Stream.of(later, done, soon, answered, late), Inbox.Filter.of("all", null, null), NOW)));
    assertEquals(List.of("done"),
        ids(Inbox.list(LALIN, Stream.of(later, done, soon, late), Inbox.Filter.of("RESOLVED", null, null), NOW)));
    assertEquals(List.of("late", "done"),
        ids(Inbox.list(LALIN, Stream.of(later, done, soon, late), Inbox.Filter.of("all", null, "LAMPU"), NOW)));
  }

  @Test
  void aConfidentialTextIsSearchedOnlyForItsUnit() {
    CaseState secret = state("secret", CaseStatus.ROUTED, NOW.plus(Duration.ofHours(1)), null, "pungli di terminal");
    secret.setConfidential(true);
    Principal admin = new Principal("admin", Role.ADMIN, null);
    assertEquals(List.of("secret"), ids(Inbox.list(LALIN, Stream.of(secret), Inbox.Filter.of(null, null, "pungli"), NOW)));
    assertEquals(List.of(), ids(Inbox.list(admin, Stream.of(secret), Inbox.Filter.of(null, null, "pungli"), NOW)));
  }

  static CaseState state(String id, CaseStatus status, Instant firstResponseDue, Instant resolutionDue, String text) {
    return CaseState.newBuilder().setComplaintId(id).setEventTime(NOW).setStatus(status).setUnitId("lalin")
        .setChannel(Channel.WEB).setUrgency(Urgency.NORMAL).setReceivedAt(NOW.minus(Duration.ofDays(1)))
        .setFirstResponseDue(firstResponseDue).setResolutionDue(resolutionDue != null ? resolutionDue : NOW.plus(Duration.ofDays(3)))
        .setCategory("lampu_lalu_lintas").setMaskedText(text).setHistory(List.of()).build();
  }

  private static List<String> ids(List<CaseState> cases) {
    return cases.stream().map(CaseState::getComplaintId).toList();
  }
}
