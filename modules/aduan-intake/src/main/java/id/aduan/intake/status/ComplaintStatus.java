package id.aduan.intake.status;

import java.util.Locale;

/** The statuses a citizen sees, with their Open311 equivalent (open or closed). */
public enum ComplaintStatus {
  RECEIVED(false),
  ROUTED(false),
  ACKNOWLEDGED(false),
  IN_PROGRESS(false),
  TRANSFERRED(false),
  RESOLVED(true),
  REJECTED(true);

  private final boolean closed;

  ComplaintStatus(boolean closed) {
    this.closed = closed;
  }

  /** The wire name: lower case, as in the JSON API. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String open311() {
    return closed ? "closed" : "open";
  }
}
