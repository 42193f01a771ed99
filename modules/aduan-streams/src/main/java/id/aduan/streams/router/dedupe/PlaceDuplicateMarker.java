package id.aduan.streams.router.dedupe;

import id.aduan.event.ComplaintClassified;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Marks a complaint as a duplicate of an earlier one about the same place and category with similar
 * (masked) text, as when several citizens report the same dead traffic light. Runs on records keyed by
 * {@link DedupeKeys#byPlace}; a link found earlier (same reporter) is kept.
 */
public final class PlaceDuplicateMarker implements FixedKeyProcessor<String, ComplaintClassified, ComplaintClassified> {
  private final String storeName;
  private final DedupeSettings settings;
  private final TextFingerprint fingerprint;
  private FixedKeyProcessorContext<String, ComplaintClassified> context;
  private KeyValueStore<String, RecentComplaints> store;

  public PlaceDuplicateMarker(String storeName, DedupeSettings settings, TextFingerprint fingerprint) {
    this.storeName = storeName;
    this.settings = settings;
    this.fingerprint = fingerprint;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, ComplaintClassified> context) {
    this.context = context;
    this.store = context.getStateStore(storeName);
  }

  @Override
  public void process(FixedKeyRecord<String, ComplaintClassified> record) {
    ComplaintClassified complaint = record.value();
    RecentComplaints stored = store.get(record.key());
    RecentComplaints recent = stored == null ? RecentComplaints.empty() : stored;
    long window = settings.window().toMillis();
    RecentComplaints.Entry candidate = new RecentComplaints.Entry(
        complaint.getComplaintId(), null, complaint.getCategory(), complaint.getReceivedAt().toEpochMilli(),
        fingerprint.of(complaint.getMaskedText()), complaint.getDuplicateOf());
    String duplicateOf = complaint.getDuplicateOf() != null
        ? complaint.getDuplicateOf()
        : recent.similar(candidate, window, settings.similarity(), true).map(RecentComplaints.Entry::root).orElse(null);
    RecentComplaints.Entry remembered = new RecentComplaints.Entry(
        candidate.complaintId(), null, candidate.category(), candidate.receivedAt(), candidate.words(), duplicateOf);
    store.put(record.key(), recent.with(remembered, window, settings.maxRemembered()));
    ComplaintClassified linked = duplicateOf == null || duplicateOf.equals(complaint.getDuplicateOf())
        ? complaint
        : ComplaintClassified.newBuilder(complaint).setDuplicateOf(duplicateOf).build();
    context.forward(record.withValue(linked));
  }
}
