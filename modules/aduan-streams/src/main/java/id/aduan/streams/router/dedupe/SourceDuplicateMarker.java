package id.aduan.streams.router.dedupe;

import id.aduan.event.ComplaintReceived;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks resends of the same channel message and near-identical complaints of the same reporter as
 * duplicates of the first one. Runs on records keyed by {@link DedupeKeys#bySource}. A record whose
 * complaint id was already seen is a redelivery of the same complaint, not a new one, and is not passed on.
 */
public final class SourceDuplicateMarker implements FixedKeyProcessor<String, ComplaintReceived, PendingComplaint> {
  private static final Logger LOG = LoggerFactory.getLogger(SourceDuplicateMarker.class);
  private final String storeName;
  private final DedupeSettings settings;
  private final TextFingerprint fingerprint;
  private FixedKeyProcessorContext<String, PendingComplaint> context;
  private KeyValueStore<String, RecentComplaints> store;

  public SourceDuplicateMarker(String storeName, DedupeSettings settings, TextFingerprint fingerprint) {
    this.storeName = storeName;
    this.settings = settings;
    this.fingerprint = fingerprint;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, PendingComplaint> context) {
    this.context = context;
    this.store = context.getStateStore(storeName);
  }

  @Override
  public void process(FixedKeyRecord<String, ComplaintReceived> record) {
    ComplaintReceived complaint = record.value();
    RecentComplaints stored = store.get(record.key());
    RecentComplaints recent = stored == null ? RecentComplaints.empty() : stored;
    String id = complaint.getComplaintId();
    if (recent.entries().stream().anyMatch(e -> e.complaintId().equals(id))) {
      LOG.warn("Complaint {} was delivered again; it is routed once", id);
      return;
    }
    RecentComplaints.Entry candidate = new RecentComplaints.Entry(
        id, DedupeKeys.messageKey(complaint), null, complaint.getReceivedAt().toEpochMilli(),
        fingerprint.of(complaint.getText()), null);
    long window = settings.window().toMillis();
    String duplicateOf = recent.sameMessage(candidate.messageKey())
        .or(() -> recent.similar(candidate, window, settings.similarity(), false))
        .map(RecentComplaints.Entry::root)
        .orElse(null);
    RecentComplaints.Entry remembered = new RecentComplaints.Entry(
        id, candidate.messageKey(), null, candidate.receivedAt(), candidate.words(), duplicateOf);
    store.put(record.key(), recent.with(remembered, window, settings.maxRemembered()));
    context.forward(record.withValue(new PendingComplaint(complaint, duplicateOf)));
  }
}
