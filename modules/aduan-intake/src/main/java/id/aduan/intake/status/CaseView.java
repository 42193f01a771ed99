package id.aduan.intake.status;

import id.aduan.event.CaseState;
import id.aduan.event.StatusChange;
import id.aduan.intake.idempotency.LedgerEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the tracking page, the JSON API and Open311 may show of one case, cut from the tracker's
 * {@link CaseState}: status, the unit's display name, public notes, deadlines, history, and whether the
 * survey was answered. It keeps no complaint text, contact or address, so the read model stays small and
 * never holds more than the public may see; a confidential case keeps its statuses and times only
 * ({@code unitId} stays for the survey record and is never shown).
 *
 * @param updatedAt when the status last changed (Open311 {@code updated_datetime})
 * @param resolutionDue the resolution deadline (Open311 {@code expected_datetime}); null in triage
 * @param history status changes, oldest first, at most {@value #MAX_HISTORY} (the newest)
 */
public record CaseView(
    ComplaintStatus status,
    Instant updatedAt,
    String unitId,
    String unitName,
    String note,
    Instant firstResponseDue,
    Instant resolutionDue,
    List<Step> history,
    boolean confidential,
    boolean surveyed) {

  /** Longest public note kept; officers' replies beyond it end with an ellipsis. */
  public static final int MAX_NOTE = 2000;
  /** Most history entries kept per case; a case changes status a handful of times. */
  public static final int MAX_HISTORY = 50;

  /** One past status change, with its public note (null when none or when confidential). */
  public record Step(ComplaintStatus status, Instant at, String note) {}

  public CaseView {
    history = List.copyOf(history);
  }

  /** A complaint the tracker has not reported on yet. */
  public static CaseView received(LedgerEntry entry) {
    Instant at = Instant.ofEpochMilli(entry.receivedAt());
    return new CaseView(ComplaintStatus.RECEIVED, at, null, null, null, null, null,
        List.of(new Step(ComplaintStatus.RECEIVED, at, null)), entry.confidential(), false);
  }

  /** The public part of a tracker state; strings shared by many cases (unit ids and names) are interned. */
  public static CaseView of(CaseState state) {
    List<StatusChange> changes = state.getHistory();
    List<Step> steps = new ArrayList<>(Math.min(changes.size(), MAX_HISTORY));
    String lastNote = note(state.getLastNote());
    for (StatusChange c : changes.subList(Math.max(0, changes.size() - MAX_HISTORY), changes.size())) {
      String note = note(c.getNote());
      // the latest note is usually the last change's note: keep one copy
      steps.add(new Step(ComplaintStatus.of(c.getStatus()), c.getAt(), note != null && note.equals(lastNote) ? lastNote : note));
    }
    CaseView view = new CaseView(ComplaintStatus.of(state.getStatus()), state.getEventTime(), intern(state.getUnitId()),
        intern(state.getUnitName()), lastNote, state.getFirstResponseDue(), state.getResolutionDue(), steps,
        state.getConfidential(), state.getSurveyScores() != null);
    return view.confidential() ? view.asConfidential() : view;
  }

  /** The same case without any text: no unit name, no notes. */
  public CaseView asConfidential() {
    List<Step> bare = history.stream().map(s -> new Step(s.status(), s.at(), null)).toList();
    return new CaseView(status, updatedAt, unitId, null, null, firstResponseDue, resolutionDue, bare, true, surveyed);
  }

  /** When the case was last resolved, as its history says; the last update time when the history does not. */
  public Instant resolvedAt() {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).status() == ComplaintStatus.RESOLVED) {
        return history.get(i).at();
      }
    }
    return updatedAt;
  }

  /** Whether the citizen may still rate the service. */
  public boolean surveyOpen() {
    return status.surveyable() && !surveyed;
  }

  private static String note(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    String strip = note.strip();
    return strip.length() <= MAX_NOTE ? strip : strip.substring(0, MAX_NOTE - 1) + "…";
  }

  private static String intern(String s) {
    return s == null ? null : s.intern();
  }
}
