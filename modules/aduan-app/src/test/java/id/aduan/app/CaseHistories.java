package id.aduan.app;

import id.aduan.event.CaseStatus;
import id.aduan.event.CaseUpdate;
import id.aduan.event.Channel;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.ComplaintRouted;
import id.aduan.event.Sentiment;
import id.aduan.event.SkmScores;
import id.aduan.event.SurveyResponse;
import id.aduan.event.Urgency;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Generated complaint histories with known event times, the records that tell them to the tracker (the
 * router's ComplaintRouted, the units' CaseUpdates, the citizens' SurveyResponses, each with its event time
 * as record timestamp), and what the tracker must make of them, worked out here in plain Java.
 *
 * <p>Deadlines are chosen so that escalation never depends on when a punctuation runs: a deadline the
 * unit misses lies 5 ms before the record that misses it (every record time is a distinct multiple of
 * 10 ms, so no other record falls in between), and every other deadline lies beyond all input. With the
 * punctuation interval longer than the input spans ({@link #PUNCTUATE_INTERVAL}), the only punctuation is
 * the stream-time one at a task's first record (after a restart, at the stream time the task had reached),
 * so each escalation is raised by the case's own late record or by that punctuation, dated by its deadline
 * either way, and at level 1 only (level 2 and the deadlines of transfers lie {@link #FAR_WORKING} working
 * time ahead, beyond the wall clock).
 */
final class CaseHistories {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final String PUNCTUATE_INTERVAL = "P36500D";
  static final String FAR_WORKING = "PT2000H";
  /** No case closes by its reopen window while the input lasts, whatever the stream time after a restart. */
  static final String REOPEN_WINDOW = "P3650D";
  static final List<String> UNITS = List.of("lalin", "angkutan", "terminal", "kir");
  private static final Map<String, List<String>> CATEGORIES = Map.of(
      "lalin", List.of("lampu-lalu-lintas", "rambu-marka"),
      "angkutan", List.of("angkutan-umum", "pungli"),
      "terminal", List.of("terminal-tipe-a", "perilaku-petugas"),
      "kir", List.of("uji-kir", "pungli"));
  private static final Channel[] CHANNELS = {Channel.WEB, Channel.SMS, Channel.SOCIAL_MEDIA, Channel.OPEN311};

  /** One record for the tracker: topic, key, event time and value. */
  record Input(String topic, String complaintId, Instant at, SpecificRecord value) {}

  /** A counted event, as the README's attribution table names it. */
  record Event(String kind, Instant at, String unit, String category, Channel channel, Boolean withinSla,
      int[] scores) {}

  /** What the case must end as. */
  record Outcome(CaseStatus status, String unit, int escalations, int transfers) {}

  final List<Input> inputs = new ArrayList<>();
  final List<Event> events = new ArrayList<>();
  final Map<String, Outcome> outcomes = new TreeMap<>();
  private final Set<Long> used = new HashSet<>();
  private final Random random;
  private final Instant far;

  private CaseHistories(long seed, Instant now) {
    this.random = new Random(seed);
    this.far = now.plus(Duration.ofDays(400));
  }

  /**
   * {@code complaints} histories received on working days of the six weeks before {@code now}. Call it once
   * a TopicCatalogue's serdes exist (as after {@link TrackerRun#prepare}): the schema defaults of the
   * records' lists are read through Avro's class check, which trusts id.aduan.event only from then on.
   */
  static CaseHistories generate(int complaints, long seed, Instant now) {
    CaseHistories histories = new CaseHistories(seed, now);
    LocalDate first = now.atZone(JAKARTA).toLocalDate().minusDays(45);
    for (int i = 0; i < complaints; i++) {
      histories.complaint(String.format("rp-%05d", i), i, first);
    }
    histories.inputs.sort(Comparator.comparing(Input::at));
    return histories;
  }

  private void complaint(String id, int index, LocalDate first) {
    String unit = UNITS.get(index % UNITS.size());
    String category = CATEGORIES.get(unit).get(random.nextInt(2));
    Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
    Instant receivedAt = unique(working(first.plusDays(random.nextInt(24)).atTime(LocalTime.of(8, 0))
        .atZone(JAKARTA).toInstant().plus(Duration.ofMinutes(random.nextInt(8 * 60)))));
    Instant routedAt = unique(receivedAt.plusSeconds(30 + random.nextInt(300)));
    String duplicateOf = index > 10 && random.nextInt(100) < 3 ? String.format("rp-%05d", index - 7) : null;
    events.add(new Event(duplicateOf == null ? "received" : "duplicates", receivedAt, unit, category, channel, null, null));
    events.add(new Event("routed", routedAt, unit, category, channel, null, null));

    int scenario = random.nextInt(100);
    boolean lateFirst = random.nextInt(4) == 0;
    boolean lateResolution = random.nextInt(4) == 0;
    Instant t1 = later(routedAt);
    Instant firstDue = scenario < 8 ? far : lateFirst ? missed(t1) : t1.plus(Duration.ofHours(2));
    Instant resolutionDue = far;
    int escalations = scenario >= 8 && lateFirst ? 1 : 0;
    CaseStatus status;
    String finalUnit = unit;
    int transfers = 0;
    List<Input> later = new ArrayList<>();
    if (scenario < 8) {
      status = CaseStatus.ROUTED;
    } else if (scenario < 16) {
      // rejected as its first answer: first response and resolution at once
      resolutionDue = lateResolution ? missed(t1) : t1.plus(Duration.ofHours(2));
      escalations += lateResolution ? 1 : 0;
      later.add(update(id, "u1", unit, CaseStatus.REJECTED, t1, null, "bukan kewenangan kami: jalan nasional"));
      events.add(new Event("rejected", t1, unit, category, channel, null, null));
      events.add(new Event("firstResponses", t1, unit, category, channel, !lateFirst, null));
      events.add(new Event("resolutions", t1, unit, category, channel, !lateResolution, null));
      escalate(lateFirst, t1, unit, category, channel);
      escalate(lateResolution, t1, unit, category, channel);
      status = CaseStatus.REJECTED;
    } else {
      later.add(update(id, "u1", unit, CaseStatus.ACKNOWLEDGED, t1, null, null));
      events.add(new Event("acknowledged", t1, unit, category, channel, null, null));
      events.add(new Event("firstResponses", t1, unit, category, channel, !lateFirst, null));
      escalate(lateFirst, t1, unit, category, channel);
      status = CaseStatus.ACKNOWLEDGED;
      Instant t2 = later(t1);
      if (scenario < 24) {
        // stays acknowledged
      } else if (scenario < 38) {
        String target = UNITS.get((index + 1 + random.nextInt(UNITS.size() - 1)) % UNITS.size());
        later.add(update(id, "u2", unit, CaseStatus.TRANSFERRED, t2, target, "bukan wilayah kami"));
        events.add(new Event("transferredOut", t2, unit, category, channel, null, null));
        events.add(new Event("transferredIn", t2, target, category, channel, null, null));
        status = CaseStatus.TRANSFERRED;
        finalUnit = target;
        transfers = 1;
        if (random.nextBoolean()) {
          Instant t3 = later(t2);
          later.add(update(id, "u3", target, CaseStatus.ACKNOWLEDGED, t3, null, null));
          events.add(new Event("acknowledged", t3, target, category, channel, null, null));
          status = CaseStatus.ACKNOWLEDGED;
          if (random.nextBoolean()) {
            Instant t4 = later(t3);
            // the target's deadlines are the tracker's own, FAR_WORKING ahead: within
            later.add(update(id, "u4", target, CaseStatus.RESOLVED, t4, null, "sudah diperbaiki"));
            events.add(new Event("resolved", t4, target, category, channel, null, null));
            events.add(new Event("resolutions", t4, target, category, channel, true, null));
            status = CaseStatus.RESOLVED;
          }
        }
      } else {
        Instant t3 = t2;
        if (random.nextBoolean()) {
          later.add(update(id, "u2", unit, CaseStatus.IN_PROGRESS, t2, null, "petugas ke lokasi"));
          status = CaseStatus.IN_PROGRESS;
          t3 = later(t2);
        }
        if (scenario < 46) {
          // stays acknowledged or in progress
        } else {
          boolean reject = scenario < 54;
          CaseStatus done = reject ? CaseStatus.REJECTED : CaseStatus.RESOLVED;
          resolutionDue = lateResolution ? missed(t3) : t3.plus(Duration.ofHours(2));
          escalations += lateResolution ? 1 : 0;
          later.add(update(id, "u3", unit, done, t3, null, reject ? "bukan pengaduan: pertanyaan informasi" : "selesai"));
          events.add(new Event(reject ? "rejected" : "resolved", t3, unit, category, channel, null, null));
          events.add(new Event("resolutions", t3, unit, category, channel, !lateResolution, null));
          escalate(lateResolution, t3, unit, category, channel);
          status = done;
          if (!reject && random.nextInt(100) < 60) {
            Instant surveyed = unique(t3.plus(Duration.ofHours(2 + random.nextInt(96))));
            int[] scores = new int[9];
            for (int e = 0; e < 9; e++) {
              scores[e] = 2 + random.nextInt(3);
            }
            later.add(survey(id, surveyed, unit, channel, scores));
            events.add(new Event("surveys", surveyed, unit, category, channel, null, scores));
            status = CaseStatus.CLOSED;
          }
        }
      }
    }
    inputs.add(new Input("routed", id, routedAt, routed(id, receivedAt, routedAt, unit, category, channel, duplicateOf,
        firstDue, resolutionDue)));
    inputs.addAll(later);
    outcomes.put(id, new Outcome(status, finalUnit, escalations, transfers));
  }

  /** The deadline that the record at {@code at} misses: 5 ms before it, where no other record lies. */
  private static Instant missed(Instant at) {
    return at.minusMillis(5);
  }

  /**
   * A missed deadline is escalated before the late update is applied, and counted when the case's
   * escalation count grows, dated by its deadline for the unit responsible then: here always the late unit
   * itself, as no transfer is late.
   */
  private void escalate(boolean late, Instant lateAt, String unit, String category, Channel channel) {
    if (late) {
      events.add(new Event("escalations", missed(lateAt), unit, category, channel, null, null));
    }
  }

  /** A later working moment: 1 to 30 hours on, moved into working hours (Monday to Friday, 08:00–16:00). */
  private Instant later(Instant from) {
    return unique(working(from.plus(Duration.ofMinutes(60 + random.nextInt(29 * 60)))));
  }

  private static Instant working(Instant at) {
    ZonedDateTime t = at.atZone(JAKARTA);
    if (t.toLocalTime().isBefore(LocalTime.of(8, 0))) {
      t = t.with(LocalTime.of(8, 0)).plusMinutes(t.getMinute());
    } else if (!t.toLocalTime().isBefore(LocalTime.of(16, 0))) {
      t = t.plusDays(1).with(LocalTime.of(8, 0)).plusMinutes(t.getMinute());
    }
    while (t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY) {
      t = t.plusDays(1);
    }
    return t.toInstant();
  }

  /** Every record time a distinct multiple of 10 ms. */
  private Instant unique(Instant at) {
    long millis = at.toEpochMilli() / 10 * 10;
    while (!used.add(millis)) {
      millis += 10;
    }
    return Instant.ofEpochMilli(millis);
  }

  private static Input update(String id, String updateId, String unit, CaseStatus status, Instant at, String target,
      String note) {
    return new Input("updates", id, at, CaseUpdate.newBuilder().setComplaintId(id).setEventTime(at)
        .setUpdateId(id + "-" + updateId).setUnitId(unit).setStatus(status).setActor("petugas-" + unit)
        .setNote(note).setTargetUnitId(target).build());
  }

  private static Input survey(String id, Instant at, String unit, Channel channel, int[] s) {
    return new Input("surveys", id, at, SurveyResponse.newBuilder().setComplaintId(id).setEventTime(at)
        .setResponseId("skm-" + id).setUnitId(unit).setChannel(channel)
        .setScores(SkmScores.newBuilder().setPersyaratan(s[0]).setProsedur(s[1]).setWaktu(s[2]).setBiaya(s[3])
            .setProduk(s[4]).setKompetensi(s[5]).setPerilaku(s[6]).setPenangananPengaduan(s[7]).setSarana(s[8])
            .build())
        .build());
  }

  private static ComplaintRouted routed(String id, Instant receivedAt, Instant routedAt, String unit, String category,
      Channel channel, String duplicateOf, Instant firstDue, Instant resolutionDue) {
    ComplaintClassified complaint = ComplaintClassified.newBuilder()
        .setComplaintId(id).setEventTime(receivedAt).setReceivedAt(receivedAt).setChannel(channel)
        .setMaskedText("laporan " + id + " tentang " + category).setLanguage("id").setCategory(category)
        .setConfidence(0.9).setUrgency(Urgency.NORMAL).setSentiment(Sentiment.NEGATIVE).setModelVersion("test")
        .setDuplicateOf(duplicateOf).build();
    return ComplaintRouted.newBuilder().setComplaintId(id).setEventTime(routedAt).setComplaint(complaint)
        .setUnitId(unit).setRuleId("rule-" + category).setRuleVersion(1)
        .setFirstResponseDue(firstDue).setResolutionDue(resolutionDue).build();
  }

  /** The inputs sent in time order, each with its event time as record timestamp. */
  static void send(Map<String, Object> producerProps, TopicCatalogue topics, List<Input> inputs) {
    Map<String, Topic<String, ?>> byName = Map.of("routed", topics.complaintsRouted(),
        "updates", topics.caseUpdates(), "surveys", topics.surveyResponses());
    try (var producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (Input input : inputs) {
        Topic<String, ?> topic = byName.get(input.topic());
        producer.send(new ProducerRecord<>(topic.name(), null, input.at().toEpochMilli(),
            topic.keySerde().serializer().serialize(topic.name(), input.complaintId()), bytes(topic, input.value())));
      }
      producer.flush();
    }
  }

  @SuppressWarnings("unchecked") // each input's value is of its topic's type (see the factory methods above)
  private static <V> byte[] bytes(Topic<String, V> topic, Object value) {
    return topic.valueSerde().serializer().serialize(topic.name(), (V) value);
  }

  /** Expected figures of one metrics.units key. */
  static final class Figures {
    final Map<String, Long> counts = new TreeMap<>();
    final double[] scoreSums = new double[9];

    void add(String name) {
      counts.merge(name, 1L, Long::sum);
    }
  }

  /**
   * The figures of every day and month key, from the events. Reading of the README's table: first
   * responses and resolutions "within SLA" compare their time with the deadline the case has then; a
   * rejection is a resolution (it sets resolvedAt); IN_PROGRESS and the CLOSED a survey brings count in no
   * status figure.
   */
  Map<String, Figures> expectedFigures() {
    Map<String, Figures> all = new TreeMap<>();
    for (Event event : events) {
      LocalDate day = event.at().atZone(JAKARTA).toLocalDate();
      String dims = event.unit() + "|" + event.category() + "|" + event.channel();
      for (String key : List.of("day:" + day + "|" + dims, "month:" + YearMonth.from(day) + "|" + dims)) {
        Figures figures = all.computeIfAbsent(key, k -> new Figures());
        figures.add(event.kind());
        if (event.withinSla() != null) {
          figures.add(event.kind() + (event.withinSla() ? "WithinSla" : "Late"));
        }
        if (event.scores() != null) {
          for (int e = 0; e < 9; e++) {
            figures.scoreSums[e] += event.scores()[e];
          }
        }
      }
    }
    return all;
  }
}
