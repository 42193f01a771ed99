package id.aduan.intake.idempotency;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.aduan.intake.privacy.PublicText;

/**
 * What intake remembers of each accepted complaint, on its own compacted ledger topic keyed by the
 * idempotency key: enough to answer a repeated message with the same ids (and to tell a reused key from a
 * retry, by a keyed fingerprint of the request), to look a complaint up by tracking code and to list it in
 * Open311, and nothing more. No text, no contact; the address only masked, as Open311 shows it, and no
 * place at all for a confidential complaint.
 *
 * <p>{@code format} is {@link #FORMAT} for entries written so; entries of the first version (no format)
 * held the address as typed and the place of confidential complaints, and are {@link #upgraded()} when read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LedgerEntry(
    String idempotencyKey,
    String complaintId,
    String trackingCode,
    String channel,
    long receivedAt,
    String serviceCode,
    Double lat,
    Double lon,
    String address,
    boolean confidential,
    String fingerprint,
    Integer format) {

  public static final int FORMAT = 2;

  /** A new entry; the place is kept only for a complaint that is not confidential, its address masked. */
  public static LedgerEntry of(String idempotencyKey, String complaintId, String trackingCode, String channel, long receivedAt,
      String serviceCode, Double lat, Double lon, String address, boolean confidential, String fingerprint) {
    return confidential
        ? new LedgerEntry(idempotencyKey, complaintId, trackingCode, channel, receivedAt, serviceCode, null, null, null, true,
            fingerprint, FORMAT)
        : new LedgerEntry(idempotencyKey, complaintId, trackingCode, channel, receivedAt, serviceCode, lat, lon,
            PublicText.masked(address), false, fingerprint, FORMAT);
  }

  /** Whether this entry was written by the first version and may hold a raw address. */
  public boolean legacy() {
    return format == null;
  }

  /** This entry as the current version writes it (itself when it already is). */
  public LedgerEntry upgraded() {
    return legacy()
        ? of(idempotencyKey, complaintId, trackingCode, channel, receivedAt, serviceCode, lat, lon, address, confidential, fingerprint)
        : this;
  }
}
