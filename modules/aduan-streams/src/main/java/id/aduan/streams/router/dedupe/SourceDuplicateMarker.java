package id.aduan.streams.router.dedupe;

import id.aduan.event.ComplaintReceived;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks resends of the same channel message and near-identical complaints of the same reporter as
 * duplicates of the first one. Runs on records keyed by {@link DedupeKeys#bySource}; it sees the text before
 * the analysis stage masks it, so it remembers the fingerprint of the masked text only. A record whose
 * complaint id was already seen is a redelivery of the same complaint, not a new one, and is not passed on.
 */
public final class SourceDuplicateMarker extends DuplicateMarker<ComplaintReceived, PendingComplaint> {
  private static final Logger LOG = LoggerFactory.getLogger(SourceDuplicateMarker.class);

  private final DedupeKeys keys;

  public SourceDuplicateMarker(String storeName, DedupeSettings settings, TextFingerprint fingerprint, DedupeKeys keys) {
    super(storeName, settings, fingerprint);
    this.keys = keys;
  }

  @Override
  public void process(FixedKeyRecord<String, ComplaintReceived> record) {
    ComplaintReceived complaint = record.value();
    RecentComplaints recent = recent(record.key());
    String id = complaint.getComplaintId();
    if (recent.entries().stream().anyMatch(e -> e.complaintId().equals(id))) {
      LOG.warn("Complaint {} was delivered again; it is routed once", id);
      return;
    }
    RecentComplaints.Entry candidate = new RecentComplaints.Entry(
        id, keys.messageKey(complaint), null, complaint.getReceivedAt().toEpochMilli(),
        fingerprint.ofUnmasked(complaint.getText()), null);
    String duplicateOf = recent.sameMessage(candidate.messageKey())
        .or(() -> recent.similar(candidate, windowMillis(), settings.similarity(), false))
        .map(RecentComplaints.Entry::root)
        .orElse(null);
    remember(record.key(), recent, new RecentComplaints.Entry(
        id, candidate.messageKey(), null, candidate.receivedAt(), candidate.words(), duplicateOf));
    context.forward(record.withValue(new PendingComplaint(complaint, duplicateOf)));
  }
}
