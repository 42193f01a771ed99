package id.aduan.intake.produce;

import id.aduan.event.ComplaintReceived;
import id.aduan.event.ContactType;
import id.aduan.event.Reporter;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.intake.idempotency.IntakeLedger;
import id.aduan.intake.idempotency.LedgerEntry;
import id.aduan.intake.submit.IntakeUnavailableException;
import id.aduan.intake.submit.ReporterInput;
import id.aduan.intake.submit.Submission;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Turns an accepted submission into the records intake writes: the ledger entry, the
 * {@code ComplaintReceived} event without contact (the reporter key stands in for it) and, when there is a
 * contact, the full reporter on the restricted reporter topic. Serialising here, on the request's thread,
 * keeps registry calls out of the committer and lets a registry outage fail one request with 503.
 */
public final class EventFactory {
  public static final String TRACKING_CODE_HEADER = "aduan.tracking-code";

  private final Topic<String, ComplaintReceived> received;
  private final Topic<String, Reporter> reporters;
  private final String ledgerTopic;
  private final ReporterKeys reporterKeys;

  public EventFactory(TopicCatalogue catalogue, String ledgerTopic, ReporterKeys reporterKeys) {
    this.received = catalogue.complaintsReceived();
    this.reporters = catalogue.reporters();
    this.ledgerTopic = ledgerTopic;
    this.reporterKeys = reporterKeys;
  }

  public List<ProducerRecord<byte[], byte[]>> records(Submission s, LedgerEntry entry) {
    Instant receivedAt = Instant.ofEpochMilli(entry.receivedAt());
    Reporter full = reporter(s.reporter());
    Reporter withoutContact = Reporter.newBuilder(full).setContact(null).setContactType(null).build();
    ComplaintReceived event =
        ComplaintReceived.newBuilder()
            .setComplaintId(entry.complaintId())
            .setEventTime(s.eventTime() == null ? receivedAt : s.eventTime())
            .setReceivedAt(receivedAt)
            .setChannel(s.channel())
            .setChannelMessageId(s.channelMessageId() == null ? entry.complaintId() : s.channelMessageId())
            .setAdapterId(s.adapterId())
            .setTitle(s.title())
            .setText(s.text())
            .setLanguageHint(s.languageHint())
            .setServiceCode(s.serviceCode())
            .setAttributes(s.attributes())
            .setReporter(withoutContact)
            .setLocation(s.location())
            .setAttachments(s.attachments())
            .setSourceUrl(s.sourceUrl())
            .build();
    byte[] key = entry.complaintId().getBytes(StandardCharsets.UTF_8);
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(3);
    records.add(new ProducerRecord<>(ledgerTopic, IntakeLedger.key(entry), IntakeLedger.value(entry)));
    try {
      RecordHeaders headers = new RecordHeaders();
      headers.add(TRACKING_CODE_HEADER, entry.trackingCode().getBytes(StandardCharsets.UTF_8));
      byte[] eventBytes = received.valueSerde().serializer().serialize(received.name(), headers, event);
      records.add(new ProducerRecord<>(received.name(), null, key, eventBytes, headers));
      if (full.getContact() != null) {
        byte[] reporterBytes = reporters.valueSerde().serializer().serialize(reporters.name(), full);
        records.add(new ProducerRecord<>(reporters.name(), key, reporterBytes));
      }
    } catch (RuntimeException e) {
      throw new IntakeUnavailableException("The schema registry is unavailable; the complaint was not stored", e);
    }
    return records;
  }

  private Reporter reporter(ReporterInput input) {
    Reporter.Builder builder =
        Reporter.newBuilder()
            .setName(blankToNull(input.name()))
            .setAnonymous(input.anonymous())
            .setConfidential(input.confidential());
    String contact = blankToNull(input.contact());
    if (contact != null) {
      ContactNormaliser.Normalised normalised = ContactNormaliser.normalise(contact, hint(input));
      builder.setContact(normalised.value()).setContactType(normalised.type()).setReporterKey(reporterKeys.keyOf(normalised));
    }
    return builder.build();
  }

  private static ContactType hint(ReporterInput input) {
    return input.contactType();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
