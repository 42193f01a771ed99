package id.aduan.streams.router.dedupe;

import id.aduan.event.ComplaintClassified;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Marks a complaint as a duplicate of an earlier one about the same place and category with similar
 * (masked) text, as when several citizens report the same dead traffic light, remembering them under their
 * place key ({@link DedupeKeys#byPlace}); a complaint without a place passes unchanged. A link found earlier
 * (same reporter) is kept.
 */
public final class PlaceDuplicateMarker extends DuplicateMarker<ComplaintClassified, ComplaintClassified> {

  public PlaceDuplicateMarker(String storeName, DedupeSettings settings, TextFingerprint fingerprint) {
    super(storeName, settings, fingerprint);
  }

  @Override
  public void process(FixedKeyRecord<String, ComplaintClassified> record) {
    ComplaintClassified complaint = record.value();
    Optional<String> place = DedupeKeys.byPlace(complaint);
    if (place.isEmpty()) {
      context.forward(record);
      return;
    }
    RecentComplaints recent = recent(place.get());
    RecentComplaints.Entry candidate = new RecentComplaints.Entry(
        complaint.getComplaintId(), null, complaint.getCategory(), complaint.getReceivedAt().toEpochMilli(),
        fingerprint.of(complaint.getMaskedText()), complaint.getDuplicateOf());
    String duplicateOf = complaint.getDuplicateOf() != null
        ? complaint.getDuplicateOf()
        : recent.similar(candidate, windowMillis(), settings.similarity(), true).map(RecentComplaints.Entry::root).orElse(null);
    remember(place.get(), recent, new RecentComplaints.Entry(
        candidate.complaintId(), null, candidate.category(), candidate.receivedAt(), candidate.words(), duplicateOf));
    ComplaintClassified linked = duplicateOf == null || duplicateOf.equals(complaint.getDuplicateOf())
        ? complaint
        : ComplaintClassified.newBuilder(complaint).setDuplicateOf(duplicateOf).build();
    context.forward(record.withValue(linked));
  }
}
