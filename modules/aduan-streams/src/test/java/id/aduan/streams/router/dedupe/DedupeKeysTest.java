package id.aduan.streams.router.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.Channel;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.Location;
import id.aduan.event.Sentiment;
import id.aduan.event.Urgency;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one re-partition key: which complaints are sure to meet in one task. */
class DedupeKeysTest {
  private static final Location SIMPANG = Location.newBuilder().setLat(-2.9761).setLon(104.7754).build();
  private static final Location NEXT_DOOR = Location.newBuilder().setLat(-2.9762).setLon(104.7755).build();

  @Test
  void complaintsAboutOnePlaceMeetWhoeverSentThem() {
    String first = DedupeKeys.partitionKey(sourced("c1", SIMPANG, "reporter:a"));
    assertEquals(first, DedupeKeys.partitionKey(sourced("c2", NEXT_DOOR, "reporter:b")));
    assertTrue(first.startsWith("cell:"), first);
  }

  @Test
  void aVillageCodeIsAPlaceAndACityIsNot() {
    Location village = Location.newBuilder().setRegionCode("1671011001").build();
    assertEquals("region:1671011001", DedupeKeys.partitionKey(sourced("c1", village, "reporter:a")));
    Location city = Location.newBuilder().setRegionCode("1671").build();
    assertEquals("reporter:a", DedupeKeys.partitionKey(sourced("c2", city, "reporter:a")));
  }

  @Test
  void complaintsWithoutAPlaceMeetTheOthersOfTheirSource() {
    assertEquals("reporter:a", DedupeKeys.partitionKey(sourced("c1", null, "reporter:a")));
    assertNotEquals(DedupeKeys.partitionKey(sourced("c1", null, "reporter:a")),
        DedupeKeys.partitionKey(sourced("c2", null, "reporter:b")));
  }

  private static SourcedComplaint<ComplaintClassified> sourced(String id, Location location, String sourceKey) {
    ComplaintClassified complaint = ComplaintClassified.newBuilder()
        .setComplaintId(id).setEventTime(Instant.EPOCH).setReceivedAt(Instant.EPOCH).setChannel(Channel.WEB)
        .setMaskedText("lampu mati").setPiiTypes(List.of()).setLanguage("id").setCategory("lampu_lalu_lintas")
        .setConfidence(0.9).setCandidates(List.of()).setUrgency(Urgency.NORMAL).setSentiment(Sentiment.NEGATIVE)
        .setModelVersion("test").setLocation(location).setAttachments(List.of()).setAnonymous(false).setConfidential(false)
        .build();
    return new SourcedComplaint<>(complaint, sourceKey, "message");
  }
}
