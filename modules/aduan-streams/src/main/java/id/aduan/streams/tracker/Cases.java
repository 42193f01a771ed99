package id.aduan.streams.tracker;

import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.StatusChange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Small facts about cases that several steps share. */
final class Cases {
  /** The actor of changes the tracker makes itself. */
  static final String SYSTEM = "system:tracker";
  /** Statuses in which the unit still owes a resolution. */
  static final Set<CaseStatus> OPEN = EnumSet.of(
      CaseStatus.ROUTED, CaseStatus.TRANSFERRED, CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS, CaseStatus.REOPENED);
  /** Statuses in which the unit now responsible has not answered yet. */
  static final Set<CaseStatus> AWAITING_RESPONSE = EnumSet.of(CaseStatus.ROUTED, CaseStatus.TRANSFERRED);
  /** Statuses that end the unit's work (the reopen window or the survey may follow). */
  static final Set<CaseStatus> FINISHED = EnumSet.of(CaseStatus.RESOLVED, CaseStatus.REJECTED);

  private Cases() {}

  /** The builder's history with one more change at the end. */
  static List<StatusChange> withChange(CaseState.Builder builder, CaseStatus status, Instant at, String actor,
      String note, String updateId) {
    List<StatusChange> history = builder.hasHistory() ? new ArrayList<>(builder.getHistory()) : new ArrayList<>();
    history.add(StatusChange.newBuilder()
        .setStatus(status)
        .setAt(at)
        .setUnitId(builder.getUnitId())
        .setActor(actor)
        .setNote(note)
        .setUpdateId(updateId)
        .build());
    return history;
  }

  /** Moves the builder to a new status, recorded in the history. */
  static CaseState.Builder enter(CaseState.Builder builder, CaseStatus status, Instant at, String actor, String note,
      String updateId) {
    return builder.setHistory(withChange(builder, status, at, actor, note, updateId))
        .setStatus(status)
        .setEventTime(at);
  }

  /** When the last status change happened; updates made before it arrive out of order. */
  static Instant lastChange(CaseState state) {
    List<StatusChange> history = state.getHistory();
    return history.isEmpty() ? state.getEventTime() : history.get(history.size() - 1).getAt();
  }

  static boolean applied(CaseState state, String updateId) {
    return state.getHistory().stream().anyMatch(change -> updateId.equals(change.getUpdateId()));
  }
}
