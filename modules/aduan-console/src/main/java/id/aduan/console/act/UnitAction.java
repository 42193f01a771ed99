package id.aduan.console.act;

import static id.aduan.event.CaseStatus.ACKNOWLEDGED;
import static id.aduan.event.CaseStatus.IN_PROGRESS;
import static id.aduan.event.CaseStatus.REOPENED;
import static id.aduan.event.CaseStatus.ROUTED;
import static id.aduan.event.CaseStatus.TRANSFERRED;

import id.aduan.event.CaseStatus;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a unit can do with its case, and from which statuses: the tracker's state machine (its README's
 * table) as the console offers it, so that a button is shown only where the tracker would accept it. The
 * tracker stays the judge; an update it refuses goes to its dead-letter topic.
 */
public enum UnitAction {
  ACKNOWLEDGE(CaseStatus.ACKNOWLEDGED, EnumSet.of(ROUTED, TRANSFERRED, REOPENED), false),
  IN_PROGRESS(CaseStatus.IN_PROGRESS, EnumSet.of(ROUTED, TRANSFERRED, REOPENED, ACKNOWLEDGED, CaseStatus.IN_PROGRESS), false),
  RESOLVE(CaseStatus.RESOLVED, EnumSet.of(ROUTED, TRANSFERRED, REOPENED, ACKNOWLEDGED, CaseStatus.IN_PROGRESS), true),
  REJECT(CaseStatus.REJECTED, EnumSet.of(ROUTED, TRANSFERRED, REOPENED, ACKNOWLEDGED, CaseStatus.IN_PROGRESS), true),
  TRANSFER(CaseStatus.TRANSFERRED, EnumSet.of(ROUTED, TRANSFERRED, REOPENED, ACKNOWLEDGED, CaseStatus.IN_PROGRESS), false);

  /** Longest note accepted: a reply, not a report. */
  public static final int MAX_NOTE = 2000;

  private final CaseStatus status;
  private final Set<CaseStatus> from;
  private final boolean noteRequired;

  UnitAction(CaseStatus status, Set<CaseStatus> from, boolean noteRequired) {
    this.status = status;
    this.from = from;
    this.noteRequired = noteRequired;
  }

  public CaseStatus status() {
    return status;
  }

  public boolean allowedFrom(CaseStatus current) {
    return from.contains(current);
  }

  public boolean noteRequired() {
    return noteRequired;
  }

  /** The form value of the action, e.g. {@code in-progress}. */
  public String formValue() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<UnitAction> fromForm(String value) {
    for (UnitAction a : values()) {
      if (a.formValue().equals(value)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
