package id.aduan.intake.status;

import id.aduan.intake.idempotency.LedgerEntry;

/**
 * Where the citizen-facing status of a complaint comes from. Intake alone knows only that it received a
 * complaint; a source reading the tracker's {@code cases.state} can replace {@link #RECEIVED_ONLY} without
 * touching the channels.
 */
@FunctionalInterface
public interface StatusSource {
  StatusSource RECEIVED_ONLY = entry -> ComplaintStatus.RECEIVED;

  ComplaintStatus statusOf(LedgerEntry entry);
}
