package id.aduan.streams.router.dedupe;

import id.aduan.event.ComplaintReceived;

/** A received complaint with the earlier complaint it duplicates, if any (null otherwise). */
public record PendingComplaint(ComplaintReceived received, String duplicateOf) {}
