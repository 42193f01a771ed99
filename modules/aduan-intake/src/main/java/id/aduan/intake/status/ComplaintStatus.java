package id.aduan.intake.status;

import id.aduan.event.CaseStatus;
import java.util.Locale;

/**
 * The statuses a citizen sees, one for each {@link CaseStatus} of the tracker, with their Open311
 * equivalent: RESOLVED, REJECTED and CLOSED are {@code closed}, every other status {@code open}.
 */
public enum ComplaintStatus {
  RECEIVED(false),
  ROUTED(false),
  TRIAGE(false),
  ACKNOWLEDGED(false),
  IN_PROGRESS(false),
  TRANSFERRED(false),
  REOPENED(false),
  RESOLVED(true),
  REJECTED(true),
  CLOSED(true);

  private final boolean closed;

  ComplaintStatus(boolean closed) {
    this.closed = closed;
  }

  /**
   * The citizen-facing status of a tracker status; the names are the same. A status added to the contract
   * later reads as IN_PROGRESS, as the contract says readers should.
   */
  public static ComplaintStatus of(CaseStatus status) {
    for (ComplaintStatus s : values()) {
      if (s.name().equals(status.name())) {
        return s;
      }
    }
    return IN_PROGRESS;
  }

  /** The wire name: lower case, as in the JSON API and the message keys of the pages. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String open311() {
    return closed ? "closed" : "open";
  }

  /** Whether the citizen may rate the service: once the unit reports the case done, or it is closed. */
  public boolean surveyable() {
    return this == RESOLVED || this == CLOSED;
  }
}
