package id.aduan.streams.router.dedupe;

import id.aduan.event.ComplaintClassified;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.Location;
import id.aduan.event.Reporter;
import java.util.Locale;
import java.util.Optional;

/**
 * The keys of de-duplication: by source (one reporter, or one channel message when the reporter is unknown)
 * and by place (a cell of about 500 m, or the village code when there are no coordinates), and the one key
 * complaints are re-partitioned by, so that complaints that could duplicate each other meet in one task.
 */
public final class DedupeKeys {
  /** About 550 m of latitude; cells are a trade-off between missing neighbours and comparing too much. */
  static final double CELL_DEGREES = 0.005;

  private final ContactKey contactKey;

  public DedupeKeys(ContactKey contactKey) {
    this.contactKey = contactKey;
  }

  /**
   * Key for exact and same-reporter duplicates: the reporter key intake computed, or, for adapters that
   * send the contact itself, its keyed hash under the router's secret; contact details are never used as
   * they are, nor hashed without a key.
   */
  public String bySource(ComplaintReceived complaint) {
    Reporter reporter = complaint.getReporter();
    if (reporter != null && reporter.getReporterKey() != null && !reporter.getReporterKey().isBlank()) {
      // intake's keyed hash of the contact: the contact itself stays on the restricted reporter topic
      return "reporter:" + reporter.getReporterKey();
    }
    if (reporter != null && reporter.getContact() != null && !reporter.getContact().isBlank()) {
      return "contact:" + contactKey.hash(canonicalContact(reporter.getContact()));
    }
    return "message:" + messageKey(complaint);
  }

  /** One spelling per contact: Indonesian numbers in national form, e-mail and handles lower-cased. */
  static String canonicalContact(String contact) {
    String compact = contact.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s.()-]", "");
    if (compact.matches("\\+?62\\d{7,}")) {
      return "0" + compact.substring(compact.indexOf("62") + 2);
    }
    return compact;
  }

  /**
   * The identity of the channel message, for spotting resends; keyed like a contact, because a client's
   * idempotency key or a gateway's message id is free text that the state stores must not hold.
   */
  public String messageKey(ComplaintReceived complaint) {
    return contactKey.hash(complaint.getChannel() + ":" + complaint.getChannelMessageId());
  }

  /** The source keys of a received complaint, to travel with it past the analysis that drops the reporter. */
  public SourcedComplaint<ComplaintReceived> sourced(ComplaintReceived complaint) {
    return new SourcedComplaint<>(complaint, bySource(complaint), messageKey(complaint));
  }

  /** Key for same-place duplicates; a complaint without a place has none and is not compared by place. */
  public static Optional<String> byPlace(ComplaintClassified complaint) {
    Location location = complaint.getLocation();
    if (location != null && location.getLat() != null && location.getLon() != null) {
      return Optional.of("cell:" + (long) Math.floor(location.getLat() / CELL_DEGREES) + ":"
          + (long) Math.floor(location.getLon() / CELL_DEGREES));
    }
    // a kelurahan/desa code (10 digits) is a place; a city or province is too wide to compare within
    if (location != null && location.getRegionCode() != null && location.getRegionCode().length() >= 10) {
      return Optional.of("region:" + location.getRegionCode());
    }
    return Optional.empty();
  }

  /**
   * The one key complaints are re-partitioned by: the place, else the source. Same-place duplicates always
   * meet; a reporter's duplicates meet when both complaints have the same place or both have none, which
   * holds for a resent message (same content, same place). One re-partition instead of one per key halves
   * the transaction commits a complaint waits for under exactly-once.
   */
  public static String partitionKey(SourcedComplaint<ComplaintClassified> complaint) {
    return byPlace(complaint.complaint()).orElse(complaint.sourceKey());
  }
}
