package id.aduan.events.registry;

/** The compatibility levels of the Confluent REST API, with the direction each one checks. */
public enum CompatibilityLevel {
  NONE(false, false, false),
  BACKWARD(true, false, false),
  BACKWARD_TRANSITIVE(true, false, true),
  FORWARD(false, true, false),
  FORWARD_TRANSITIVE(false, true, true),
  FULL(true, true, false),
  FULL_TRANSITIVE(true, true, true);

  private final boolean newReadsOld;
  private final boolean oldReadsNew;
  private final boolean transitive;

  CompatibilityLevel(boolean newReadsOld, boolean oldReadsNew, boolean transitive) {
    this.newReadsOld = newReadsOld;
    this.oldReadsNew = oldReadsNew;
    this.transitive = transitive;
  }

  /** Consumers using the new schema must read data written with the old one. */
  public boolean newReadsOld() {
    return newReadsOld;
  }

  /** Consumers still using the old schema must read data written with the new one. */
  public boolean oldReadsNew() {
    return oldReadsNew;
  }

  /** Checked against every earlier version, not only the latest. */
  public boolean transitive() {
    return transitive;
  }
}
