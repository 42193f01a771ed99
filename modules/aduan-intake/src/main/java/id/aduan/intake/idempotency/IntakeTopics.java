package id.aduan.intake.idempotency;

import id.aduan.events.topic.TopicCatalogue;

/** Intake's own topic, outside the public catalogue because only intake reads it. */
public final class IntakeTopics {
  /** Suffix of the ledger topic after the catalogue prefix. */
  public static final String LEDGER_SUFFIX = "intake.idempotency";
  public static final int LEDGER_PARTITIONS = 3;

  private IntakeTopics() {}

  public static String ledger(TopicCatalogue catalogue) {
    return catalogue.prefix() + LEDGER_SUFFIX;
  }
}
