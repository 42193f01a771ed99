package id.aduan.intake.idempotency;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What intake remembers of each accepted complaint, on its own compacted ledger topic keyed by the
 * idempotency key: enough to answer a repeated message with the same ids, to look a complaint up by
 * tracking code and to list it in Open311, and nothing personal (no text, no contact).
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
    boolean confidential) {}
