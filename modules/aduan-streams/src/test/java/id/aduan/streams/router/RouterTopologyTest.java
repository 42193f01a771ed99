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
import id.aduan.event.ComplaintRouted;
import id.aduan.event.Location;
import id.aduan.event.PiiType;
import id.aduan.streams.dlq.DeadLetterHeaders;
import id.aduan.streams.router.dedupe.DedupeSettings;
import id.aduan.streams.router.validate.ComplaintValidator;
import id.aduan.streams.sla.WorkingCalendar;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class RouterTopologyTest {
  private static final String LAMPU = "lampu merah di simpang charitas mati sejak pagi, kendaraan semrawut";

  @Test
  void routesToTheUnitOfTheMatchingRuleWithWorkingTimeDeadlines() {
    try (RouterDriver router = new RouterDriver()) {
      router.unit("lalin");
      router.rule(rule("lampu", "lampu_lalu_lintas", "lalin").build());
      router.send(complaint("c1", LAMPU).build());

      ComplaintRouted routed = router.output(router.topics.unit("lalin")).readValue();
      assertEquals("c1", routed.getComplaintId());
      assertEquals("lalin", routed.getUnitId());
      assertEquals("lampu", routed.getRuleId());
      assertEquals(1, routed.getRuleVersion());
      assertEquals("lampu_lalu_lintas", routed.getComplaint().getCategory());
      // Friday 14:00 WIB + 8 working hours = Monday 14:00 WIB; + 40 = the next Friday 14:00 WIB
      assertEquals(Instant.parse("2026-11-30T07:00:00Z"), routed.getFirstResponseDue());
      assertEquals(Instant.parse("2026-12-04T07:00:00Z"), routed.getResolutionDue());
      assertEquals(routed, router.output(router.topics.complaintsRouted()).readValue());
      assertTrue(router.output(router.topics.complaintsTriage()).isEmpty());
    }
  }

  @Test
  void personalDataNeverReachesTheUnit() {
    try (RouterDriver router = new RouterDriver()) {
      router.unit("lalin");
      router.rule(rule("lampu", "lampu_lalu_lintas", "lalin").build());
      router.send(complaint("c1", LAMPU + ". Saya Budi, NIK 1671041203850007, hubungi 0812-7788-9900")
          .setReporter(reporter("+6281277889900"))
          .build());
      ComplaintClassified complaint = router.output(router.topics.unit("lalin")).readValue().getComplaint();
      assertFalse(complaint.getMaskedText().contains("1671041203850007"), complaint.getMaskedText());
      assertFalse(complaint.getMaskedText().contains("7788"), complaint.getMaskedText());
      assertTrue(complaint.getPiiTypes().containsAll(List.of(PiiType.NIK, PiiType.PHONE)), complaint.getPiiTypes().toString());
    }
  }

  @Test
  void lowConfidenceGoesToTriage() {
    try (RouterDriver router = new RouterDriver(
        new RouterSettings(DedupeSettings.standard(), 0.999, WorkingCalendar.standard(), RouterDriver.CONTACT_KEY))) {
      router.unit("lalin");
      router.rule(rule("lampu", "lampu_lalu_lintas", "lalin").build());
      router.send(complaint("c1", "mohon info").build());
      ComplaintClassified triaged = router.output(router.topics.complaintsTriage()).readValue();
      assertEquals("c1", triaged.getComplaintId());
      assertTrue(router.output(router.topics.complaintsRouted()).isEmpty());
    }
  }

  @Test
  void noMatchingRuleOrAnUnknownUnitGoesToTriage() {
    try (RouterDriver router = new RouterDriver()) {
      router.rule(rule("lampu", "lampu_lalu_lintas", "lalin").build());
      router.send(complaint("c1", LAMPU).build());
      router.send(complaint("c2", "bus transmusi ugal-ugalan dan sopirnya merokok di dalam bus").build());
      assertEquals(List.of("c1", "c2"), router.output(router.topics.complaintsTriage()).readKeyValuesToList().stream().map(kv -> kv.key).toList());
    }
  }

  @Test
  void aChangedRuleAppliesToTheNextComplaint() {
    try (RouterDriver router = new RouterDriver()) {
      router.unit("lalin");
      router.unit("sarpras");
      router.rule(rule("lampu", "lampu_lalu_lintas", "lalin").build());
      router.send(complaint("c1", LAMPU).build());
      router.rule(rule("lampu", "lampu_lalu_lintas", "sarpras").setVersion(2).build());
      router.send(complaint("c2", LAMPU + " lagi").setLocation(Location.newBuilder().setRegionCode("1607").build()).build());

      assertEquals("c1", router.output(router.topics.unit("lalin")).readValue().getComplaintId());
      ComplaintRouted second = router.output(router.topics.unit("sarpras")).readValue();
      assertEquals("c2", second.getComplaintId());
      assertEquals(2, second.getRuleVersion());
    }
  }

  @Test
  void aRemovedUnitAndADisabledRuleApplyToTheNextComplaint() {
    try (RouterDriver router = new RouterDriver()) {
      router.unit("lalin");
      router.unit("sarpras");
      router.rule(rule("lampu", "lampu_lalu_lintas", "lalin").build());
      router.rule(rule("lampu-cadangan", "lampu_lalu_lintas", "sarpras").setPriority(-1).build());
      router.send(complaint("c1", LAMPU).build());
      router.input(router.topics.units()).pipeInput("lalin", null);
      router.send(complaint("c2", LAMPU + " lagi").build());
      router.rule(rule("lampu", "lampu_lalu_lintas", "lalin").setVersion(2).setEnabled(false).build());
      router.send(complaint("c3", LAMPU + " sampai malam").build());

      assertEquals("c1", router.output(router.topics.unit("lalin")).readValue().getComplaintId());
      assertEquals(List.of("c2"), router.output(router.topics.complaintsTriage()).readKeyValuesToList().stream()
          .map(kv -> kv.key).toList());
      assertEquals("c3", router.output(router.topics.unit("sarpras")).readValue().getComplaintId());
    }
  }

  @Test
  void higherPriorityAndRegionPrefixDecide() {
    try (RouterDriver router = new RouterDriver()) {
      router.unit("dishub-palembang");
      router.unit("pengawasan");
      router.rule(rule("parkir-prov", "parkir", "pengawasan").build());
      router.rule(rule("parkir-palembang", "parkir", "dishub-palembang").setPriority(50).setRegionPrefix("1671").build());
      String text = "jukir liar di depan pasar 16 ilir minta uang parkir 10 ribu";
      router.send(complaint("c1", text).build());
      router.send(complaint("c2", text + " juga").setLocation(Location.newBuilder().setRegionCode("1604").build()).build());
      assertEquals("c1", router.output(router.topics.unit("dishub-palembang")).readValue().getComplaintId());
      assertEquals("c2", router.output(router.topics.unit("pengawasan")).readValue().getComplaintId());
    }
  }

  @Test
  void duplicatesAreLinkedAndStillRouted() {
    try (RouterDriver router = new RouterDriver()) {
      router.unit("lalin");
      router.rule(rule("lampu", "lampu_lalu_lintas", "lalin").build());
      Location simpang = Location.newBuilder().setLat(-2.9761).setLon(104.7754).setRegionCode("1671").build();
      router.send(complaint("c1", LAMPU).setLocation(simpang).setReporter(reporter("0812-1111-2222")).build());
      // same reporter, same words: a near-duplicate by source
      router.send(complaint("c2", LAMPU + "!!").setReporter(reporter("+62 812 1111 2222")).setLocation(null).build());
      // another citizen, same place and problem: a near-duplicate by place
      router.send(complaint("c3", "lampu merah simpang charitas mati, kendaraan semrawut sejak pagi")
          .setLocation(simpang).setReporter(reporter("0813-3333-4444")).build());
      // a different problem at the same place is not a duplicate
      router.send(complaint("c4", "ada lubang besar di jalan dekat simpang, motor jatuh").setLocation(simpang).build());

      List<ComplaintRouted> routed = router.output(router.topics.complaintsRouted()).readValuesToList();
      assertEquals(List.of("c1", "c2", "c3"), routed.stream().filter(r -> r.getUnitId().equals("lalin"))
          .map(ComplaintRouted::getComplaintId).toList());
      assertNull(routed.get(0).getComplaint().getDuplicateOf());
      assertEquals("c1", routed.get(1).getComplaint().getDuplicateOf());
      assertEquals("c1", routed.get(2).getComplaint().getDuplicateOf(), routed.toString());
      List<ComplaintClassified> triaged = router.output(router.topics.complaintsTriage()).readValuesToList();
      assertEquals(1, triaged.size());
      assertNull(triaged.get(0).getDuplicateOf());
    }
  }

  @Test
  void theReporterKeyOfIntakeLinksComplaintsOfOneCitizen() {
    try (RouterDriver router = new RouterDriver()) {
      router.unit("lalin");
      router.rule(rule("lampu", "lampu_lalu_lintas", "lalin").build());
      var keyed = id.aduan.event.Reporter.newBuilder().setReporterKey("hmac-of-a-phone").setAnonymous(false).setConfidential(false).build();
      router.send(complaint("c1", LAMPU).setReporter(keyed).build());
      router.send(complaint("c2", LAMPU + " lagi").setReporter(keyed).setLocation(null).build());
      List<ComplaintRouted> routed = router.output(router.topics.unit("lalin")).readValuesToList();
      assertEquals("c1", routed.get(1).getComplaint().getDuplicateOf());
    }
  }

  @Test
  void aResentMessageIsADuplicateAndARedeliveryIsRoutedOnce() {
    try (RouterDriver router = new RouterDriver()) {
      router.unit("lalin");
      router.rule(rule("lampu", "lampu_lalu_lintas", "lalin").build());
      router.send(complaint("c1", LAMPU).setChannelMessageId("sms-77").build());
      router.send(complaint("c1", LAMPU).setChannelMessageId("sms-77").build());
      router.send(complaint("c2", "isi lain sama sekali tentang lampu merah mati").setChannelMessageId("sms-77").build());
      List<ComplaintRouted> routed = router.output(router.topics.unit("lalin")).readValuesToList();
      assertEquals(List.of("c1", "c2"), routed.stream().map(ComplaintRouted::getComplaintId).toList());
      assertEquals("c1", routed.get(1).getComplaint().getDuplicateOf());
    }
  }

  @Test
  void aPublishedModelReplacesTheStartupModelOnTheNextComplaint() {
    try (RouterDriver router = new RouterDriver()) {
      router.unit("lalin");
      router.unit("umum");
      router.rule(rule("lampu", "lampu_lalu_lintas", "lalin").build());
      router.rule(rule("semua", null, "umum").setPriority(1).build());
      router.send(complaint("c1", LAMPU).build());
      byte[] coarse = TestModels.train(label -> label.equals("lampu_lalu_lintas") ? "lalu_lintas" : "lainnya");
      router.model("2026-11-28-01", coarse, Instant.parse("2026-11-28T00:00:00Z"));
      router.send(complaint("c2", LAMPU + " lagi").build());

      List<ComplaintRouted> routed = router.output(router.topics.complaintsRouted()).readValuesToList();
      assertTrue(routed.get(0).getComplaint().getModelVersion().startsWith("file-"), routed.get(0).toString());
      assertEquals("lampu_lalu_lintas", routed.get(0).getComplaint().getCategory());
      assertEquals("2026-11-28-01", routed.get(1).getComplaint().getModelVersion());
      assertEquals("lalu_lintas", routed.get(1).getComplaint().getCategory());
      assertEquals("umum", routed.get(1).getUnitId());
    }
  }

  @Test
  void invalidComplaintsGoToTheDeadLetterTopicWithTheReason() {
    try (RouterDriver router = new RouterDriver()) {
      router.send(complaint("c1", "  ").setLocation(Location.newBuilder().setLat(95.0).setLon(104.0).build()).build());
      TestRecord<byte[], byte[]> dead = router.deadLetters().readRecord();
      Headers headers = dead.headers();
      assertEquals("validate", header(headers, DeadLetterHeaders.STAGE));
      assertEquals("text is missing; location.lat 95.0 is outside -90..90", header(headers, DeadLetterHeaders.REASON));
      assertEquals(router.topics.complaintsReceived().name(), header(headers, DeadLetterHeaders.TOPIC));
      assertEquals("0", header(headers, DeadLetterHeaders.OFFSET));
      assertEquals("c1", new String(dead.key(), StandardCharsets.UTF_8));
      assertTrue(router.output(router.topics.complaintsRouted()).isEmpty());
    }
  }

  @Test
  void aComplaintAtEveryBoundStaysFarBelowTheProducerLimitAndOneBeyondIsRefused() {
    try (RouterDriver router = new RouterDriver()) {
      String wide = "\u4e2d"; // three bytes in UTF-8, the most one char of a Java string can take
      Attachment largest = Attachment.newBuilder()
          .setUrl(wide.repeat(ComplaintValidator.MAX_URL_LENGTH))
          .setDescription(wide.repeat(ComplaintValidator.MAX_DESCRIPTION_LENGTH))
          .setMediaType(wide.repeat(ComplaintValidator.MAX_SHORT_LENGTH))
          .setSha256(wide.repeat(ComplaintValidator.MAX_SHORT_LENGTH))
          .build();
      ComplaintReceived.Builder largestValid = complaint("c1", wide.repeat(ComplaintValidator.MAX_TEXT_LENGTH))
          .setTitle(wide.repeat(ComplaintValidator.MAX_TITLE_LENGTH))
          .setServiceCode(wide.repeat(ComplaintValidator.MAX_SHORT_LENGTH))
          .setLanguageHint(wide.repeat(ComplaintValidator.MAX_SHORT_LENGTH))
          .setLocation(Location.newBuilder().setAddress(wide.repeat(ComplaintValidator.MAX_ADDRESS_LENGTH)).build())
          .setAttachments(Collections.nCopies(ComplaintValidator.MAX_ATTACHMENTS, largest));
      router.send(largestValid.build());
      router.send(largestValid.setComplaintId("c2")
          .setAttachments(Collections.nCopies(ComplaintValidator.MAX_ATTACHMENTS + 1, largest)).build());

      var triage = router.topics.complaintsTriage();
      ComplaintClassified out = router.output(triage).readValue();
      int bytes = triage.valueSerde().serializer().serialize(triage.name(), out).length;
      assertTrue(bytes < 1_048_576 / 2, bytes + " bytes");
      TestRecord<byte[], byte[]> dead = router.deadLetters().readRecord();
      assertEquals("more than 20 attachments", header(dead.headers(), DeadLetterHeaders.REASON));
    }
  }

  @Test
  void undecodableBytesGoToTheDeadLetterTopicAndTheJobContinues() {
    try (RouterDriver router = new RouterDriver()) {
      router.unit("lalin");
      router.rule(rule("lampu", "lampu_lalu_lintas", "lalin").build());
      byte[] garbage = {0x13, 0x37, 0x00, 0x42, 0x01, 0x02};
      router.rawInput(router.topics.complaintsReceived().name()).pipeInput("c0".getBytes(StandardCharsets.UTF_8), garbage);
      router.send(complaint("c1", LAMPU).build());

      TestRecord<byte[], byte[]> dead = router.deadLetters().readRecord();
      assertEquals("decode", header(dead.headers(), DeadLetterHeaders.STAGE));
      assertTrue(header(dead.headers(), DeadLetterHeaders.REASON).contains("Unknown magic byte 0x13"));
      assertEquals(List.of((byte) 0x13, (byte) 0x37, (byte) 0x00, (byte) 0x42), List.of(dead.value()[0], dead.value()[1], dead.value()[2], dead.value()[3]));
      assertEquals("c1", router.output(router.topics.unit("lalin")).readValue().getComplaintId());
    }
  }

  private static String header(Headers headers, String key) {
    return new String(headers.lastHeader(key).value(), StandardCharsets.UTF_8);
  }
}
