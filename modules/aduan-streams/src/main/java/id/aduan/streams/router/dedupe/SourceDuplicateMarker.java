package id.aduan.streams.router.dedupe;

import id.aduan.event.ComplaintClassified;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Marks resends of the same channel message and near-identical complaints of the same reporter as
 * duplicates of the first one, remembering them under their source key. Runs after analysis, so it only
 * ever sees and remembers masked text. A record whose complaint id was already seen is a redelivery of the
 * same complaint, not a new one, and is not passed on.
 */
public final class SourceDuplicateMarker
    extends DuplicateMarker<SourcedComplaint<ComplaintClassified>, ComplaintClassified> {
  private static final Logger LOG = LoggerFactory.getLogger(SourceDuplicateMarker.class);

  public SourceDuplicateMarker(String storeName, DedupeSettings settings, TextFingerprint fingerprint) {
    super(storeName, settings, fingerprint);
  }

  @Override
  public void process(FixedKeyRecord<String, SourcedComplaint<ComplaintClassified>> record) {
    SourcedComplaint<ComplaintClassified> sourced = record.value();
    ComplaintClassified complaint = sourced.complaint();
    RecentComplaints recent = recent(sourced.sourceKey());
    String id = complaint.getComplaintId();
    if (recent.entries().stream().anyMatch(e -> e.complaintId().equals(id))) {
      LOG.warn("Complaint {} was delivered again; it is routed once", id);
      return;
    }
    RecentComplaints.Entry candidate = new RecentComplaints.Entry(
        id, sourced.messageKey(), null, complaint.getReceivedAt().toEpochMilli(),
        fingerprint.of(complaint.getMaskedText()), null);
    String duplicateOf = recent.sameMessage(candidate.messageKey())
        .or(() -> recent.similar(candidate, windowMillis(), settings.similarity(), false))
        .map(RecentComplaints.Entry::root)
        .orElse(null);
    remember(sourced.sourceKey(), recent, new RecentComplaints.Entry(
        id, candidate.messageKey(), null, candidate.receivedAt(), candidate.words(), duplicateOf));
    ComplaintClassified linked =
        duplicateOf == null ? complaint : ComplaintClassified.newBuilder(complaint).setDuplicateOf(duplicateOf).build();
    context.forward(record.withValue(linked));
  }
}
