package id.aduan.sink;

import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.Channel;
import id.aduan.event.SkmScores;
import id.aduan.event.StatusChange;
import id.aduan.event.Urgency;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Records as the tracker publishes them, small enough to read in a test. */
final class Events {
  static final Instant T0 = Instant.parse("2026-11-02T02:00:00Z");

  private Events() {}

  /** A case of {@code unit} that went through the given statuses, one hour apart from T0. */
  static CaseState caseState(String id, String unit, CaseStatus... statuses) {
    List<StatusChange> history = new ArrayList<>();
    for (int i = 0; i < statuses.length; i++) {
      history.add(StatusChange.newBuilder().setStatus(statuses[i]).setAt(T0.plusSeconds(3600L * i))
          .setUnitId(i == 0 ? null : unit).setActor(i == 0 ? "system:intake" : "officer-1").build());
    }
    CaseStatus last = statuses[statuses.length - 1];
    Instant at = T0.plusSeconds(3600L * (statuses.length - 1));
    boolean resolved = last == CaseStatus.RESOLVED || last == CaseStatus.CLOSED;
    return CaseState.newBuilder()
        .setComplaintId(id).setEventTime(at).setStatus(last).setUnitId(unit).setUnitName("Unit " + unit)
        .setChannel(Channel.WEB).setCategory("lampu_lalu_lintas").setUrgency(Urgency.NORMAL).setRegionCode("1671")
        .setConfidential(false).setReceivedAt(T0).setRoutedAt(T0.plusSeconds(3600))
        .setFirstResponseDue(T0.plusSeconds(3 * 86_400)).setResolutionDue(T0.plusSeconds(5 * 86_400))
        .setFirstResponseAt(statuses.length > 2 ? T0.plusSeconds(7200) : null)
        .setFirstResponseWorkingMillis(statuses.length > 2 ? 3_600_000L : null)
        .setResolvedAt(resolved ? at : null).setResolutionWorkingMillis(resolved ? 3_600_000L * (statuses.length - 2) : null)
        .setMaskedText("lampu merah di simpang polda mati, hubungi [TELEPON]")
        .setHistory(history)
        .build();
  }

  static SkmScores scores(int each) {
    return SkmScores.newBuilder().setPersyaratan(each).setProsedur(each).setWaktu(each).setBiaya(each)
        .setProduk(each).setKompetensi(each).setPerilaku(each).setPenangananPengaduan(each).setSarana(each).build();
  }
}
