package id.aduan.streams.router;

import static id.aduan.streams.router.RouterDriver.complaint;
import static id.aduan.streams.router.RouterDriver.reporter;
import static id.aduan.streams.router.RouterDriver.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.Attachment;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.Location;
import id.aduan.streams.dlq.DeadLetterHeaders;
import id.aduan.streams.router.dedupe.RecentComplaints;
import id.aduan.streams.router.dedupe.TextFingerprint;
import id.aduan.streams.serde.JsonSerde;
import id.aduan.text.normalize.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/** What units, the public and the job's own state may hold of a citizen: masked text and keyed hashes only. */
class RouterPrivacyTest {
  private static final String LAMPU = "lampu merah di simpang charitas mati sejak pagi, kendaraan semrawut";
  private static final String NIK = "1671041203850007";
  private static final String PHONE = "081277889900";
  private static final String CONTACT = "+62 812-7788-9900";
  private static final String EMAIL = "budi.santoso@example.id";

  @Test
  void everyFreeTextFieldIsMaskedOnRoutedAndTriageOutputs() {
    try (RouterDriver router = new RouterDriver()) {
      router.unit("lalin");
      router.rule(rule("lampu", "lampu_lalu_lintas", "lalin").build());
      router.send(withPersonalDataEverywhere(complaint("c1", LAMPU)).build());
      router.send(withPersonalDataEverywhere(complaint("c2", "mohon info jadwal uji kir bulan depan")).build());

      ComplaintClassified routed = router.output(router.topics.complaintsRouted()).readValue().getComplaint();
      ComplaintClassified onUnit = router.output(router.topics.unit("lalin")).readValue().getComplaint();
      ComplaintClassified triaged = router.output(router.topics.complaintsTriage()).readValue();
      assertEquals(List.of("c1", "c1", "c2"), List.of(routed.getComplaintId(), onUnit.getComplaintId(), triaged.getComplaintId()));
      for (ComplaintClassified out : List.of(routed, onUnit, triaged)) {
        String shown = out.toString();
        for (String raw : List.of(NIK, PHONE, "7788-9900", "7788 9900", "6281277889900", EMAIL)) {
          assertFalse(shown.contains(raw), raw + " reached " + out.getComplaintId() + ": " + shown);
        }
        Attachment photo = out.getAttachments().get(0);
        assertTrue(photo.getUrl().startsWith("https://foto.example.id/unggah/"), photo.getUrl());
        assertTrue(photo.getDescription().startsWith("foto dari "), photo.getDescription());
        assertTrue(out.getAttachments().get(1).getUrl().startsWith("https://wa.me/"), out.getAttachments().get(1).getUrl());
        assertTrue(out.getLocation().getAddress().startsWith("Jl. Jend. Sudirman"), out.getLocation().getAddress());
        assertTrue(out.getMaskedTitle().startsWith("Lampu mati"), out.getMaskedTitle());
        assertEquals("image/jpeg", photo.getMediaType());
      }
    }
  }

  @Test
  void recordsWithoutAKeyOrAValueGoToTheDeadLetterTopicAsTheyWereRead() {
    try (RouterDriver router = new RouterDriver()) {
      router.unit("lalin");
      router.rule(rule("lampu", "lampu_lalu_lintas", "lalin").build());
      router.input(router.topics.complaintsReceived()).pipeInput((String) null, complaint("c1", LAMPU).build());
      router.input(router.topics.complaintsReceived()).pipeInput("c9", null);
      router.send(complaint("c2", LAMPU + " lagi").build());

      TestRecord<byte[], byte[]> dead = router.deadLetters().readRecord();
      assertEquals("validate", header(dead, DeadLetterHeaders.STAGE));
      assertEquals("record key is missing: it must be the complaintId c1", header(dead, DeadLetterHeaders.REASON));
      assertNull(dead.key(), "a dead letter keeps the key it was read with");
      TestRecord<byte[], byte[]> empty = router.deadLetters().readRecord();
      assertEquals("record has no value", header(empty, DeadLetterHeaders.REASON));
      assertEquals("c9", new String(empty.key(), StandardCharsets.UTF_8));
      assertEquals(List.of("c2"), router.output(router.topics.complaintsRouted()).readKeyValuesToList().stream()
          .map(kv -> kv.key).toList());
      assertTrue(router.deadLetters().isEmpty());
    }
  }

  @Test
  void stateAndTheRepartitionTopicHoldOnlyMaskedTextAndKeyedContactHashes() throws Exception {
    String text = LAMPU + ". Saya Budi NIK " + NIK + " hubungi " + PHONE + " atau " + EMAIL;
    try (RouterDriver router = new RouterDriver()) {
      router.unit("lalin");
      router.rule(rule("lampu", "lampu_lalu_lintas", "lalin").build());
      Location simpang = Location.newBuilder().setLat(-2.9761).setLon(104.7754).setRegionCode("1671").build();
      router.send(complaint("c1", text).setReporter(reporter(CONTACT)).setLocation(simpang)
          .setChannelMessageId("idem-" + PHONE).build());
      router.send(complaint("c2", text + " lagi").setReporter(reporter(PHONE)).setLocation(simpang).build());
      assertEquals("c1", router.output(router.topics.unit("lalin")).readValuesToList().get(1).getComplaint().getDuplicateOf(),
          "the keyed contact still links one reporter's complaints");

      List<String> kept = new ArrayList<>();
      for (String store : List.of(RouterTopology.SOURCE_STORE, RouterTopology.PLACE_STORE)) {
        KeyValueStore<String, RecentComplaints> contents = router.driver.getKeyValueStore(store);
        try (var all = contents.all()) {
          all.forEachRemaining(kv -> kept.add(kv.key + " " + json(kv.value)));
        }
      }
      List<String> changelogs = router.changelogTopics();
      assertEquals(2, changelogs.size(), changelogs.toString());
      changelogs.forEach(changelog -> kept.addAll(records(router, changelog)));
      assertTrue(kept.size() >= 4, kept.toString());
      List<String> repartitions = router.repartitionTopics();
      assertEquals(List.of("router-test-" + RouterTopology.DEDUPE_REPARTITION + "-repartition"), repartitions);
      // the re-partition carries the masked complaint, with keyed hashes of its source
      List<String> crossing = records(router, repartitions.get(0));
      assertEquals(2, crossing.size(), crossing.toString());
      assertTrue(crossing.stream().allMatch(r -> r.contains("charitas") && r.contains(RouterDriver.CONTACT_KEY.hash(PHONE))),
          crossing.toString());

      String keyed = "contact:" + RouterDriver.CONTACT_KEY.hash(PHONE);
      assertTrue(kept.stream().anyMatch(k -> k.startsWith(keyed + " ")), keyed + " not among " + kept);
      Set<Integer> rawWords = new TextFingerprint(TextNormalizer.standard()).of(text);
      List<String> personal = List.of(NIK, PHONE, CONTACT, EMAIL, "6281277889900",
          sha256(PHONE), sha256(CONTACT), sha256("+6281277889900"));
      for (String record : crossing) {
        for (String raw : personal) {
          assertFalse(record.contains(raw), raw + " crosses the re-partition: " + record);
        }
      }
      List<String> forbidden = new ArrayList<>(personal);
      forbidden.add("charitas");
      for (String secretWord : List.of(NIK, PHONE)) {
        int hash = TextNormalizer.standard().normalize(secretWord).hashCode();
        assertTrue(rawWords.contains(hash), "the unmasked fingerprint would hold " + secretWord);
        forbidden.add(Integer.toString(hash));
      }
      for (String entry : kept) {
        for (String raw : forbidden) {
          assertFalse(entry.contains(raw), raw + " is in the job's state: " + entry);
        }
      }
    }
  }

  /** Each record of a topic the job wrote, key and value as text. */
  private static List<String> records(RouterDriver router, String topic) {
    return router.driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer())
        .readKeyValuesToList().stream()
        .map(kv -> new String(kv.key, StandardCharsets.UTF_8) + " " + (kv.value == null ? "" : new String(kv.value, StandardCharsets.UTF_8)))
        .toList();
  }

  private static ComplaintReceived.Builder withPersonalDataEverywhere(ComplaintReceived.Builder complaint) {
    return complaint
        .setTitle("Lampu mati, hubungi " + PHONE)
        .setLocation(Location.newBuilder().setRegionCode("1671")
            .setAddress("Jl. Jend. Sudirman depan rumah Bu Sri, telp 0812 7788 9900").build())
        .setAttachments(List.of(
            Attachment.newBuilder().setUrl("https://foto.example.id/unggah/" + NIK + "/" + EMAIL + ".jpg")
                .setMediaType("image/jpeg").setDescription("foto dari " + EMAIL + " NIK " + NIK).build(),
            Attachment.newBuilder().setUrl("https://wa.me/6281277889900").build()));
  }

  private static String json(RecentComplaints value) {
    return new String(JsonSerde.of(RecentComplaints.class).serializer().serialize("", value), StandardCharsets.UTF_8);
  }

  private static String header(TestRecord<byte[], byte[]> record, String key) {
    return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
  }

  private static String sha256(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
