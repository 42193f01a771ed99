package id.aduan.intake.support;

import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.Channel;
import id.aduan.event.SkmScores;
import id.aduan.event.StatusChange;
import id.aduan.event.Urgency;
import id.aduan.events.topic.Topic;
import id.aduan.testkit.KafkaCluster;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes case states to {@code cases.state} as the tracker job does, so intake's tracking can be tested
 * without the tracker: each {@link #move} appends a status change to the case's history and publishes the
 * whole state again under the complaint id.
 */
public final class TrackerStandIn implements AutoCloseable {
  public static final SkmScores ANSWERED =
      SkmScores.newBuilder().setPersyaratan(4).setProsedur(4).setWaktu(4).setBiaya(4).setProduk(4).setKompetensi(4)
          .setPerilaku(4).setPenangananPengaduan(4).setSarana(4).build();

  private final Topic<String, CaseState> topic;
  private final KafkaProducer<String, CaseState> producer;

  public TrackerStandIn(KafkaCluster kafka, Topic<String, CaseState> topic) {
    this.topic = topic;
    this.producer = new KafkaProducer<>(kafka.producerProps(), new StringSerializer(), topic.valueSerde().serializer());
  }

  /** The state of a case just routed to a unit, with deadlines. */
  public static CaseState.Builder routed(String complaintId, String unitId, String unitName, Instant at) {
    List<StatusChange> history = new ArrayList<>();
    history.add(change(CaseStatus.RECEIVED, at.minusSeconds(60), null, null));
    history.add(change(CaseStatus.ROUTED, at, unitId, null));
    return CaseState.newBuilder()
        .setComplaintId(complaintId)
        .setEventTime(at)
        .setStatus(CaseStatus.ROUTED)
        .setUnitId(unitId)
        .setUnitName(unitName)
        .setChannel(Channel.WEB)
        .setUrgency(Urgency.NORMAL)
        .setReceivedAt(at.minusSeconds(60))
        .setRoutedAt(at)
        .setFirstResponseDue(at.plusSeconds(3 * 86400))
        .setResolutionDue(at.plusSeconds(5 * 86400))
        .setMaskedText("Lampu merah mati, hubungi [TELEPON]")
        .setHistory(history);
  }

  /** The same case after a unit's update: new status, note and time, one more history entry. */
  public static CaseState.Builder move(CaseState.Builder state, CaseStatus status, String note, Instant at) {
    List<StatusChange> history = new ArrayList<>(state.getHistory());
    history.add(change(status, at, state.getUnitId(), note));
    return state.setStatus(status).setEventTime(at).setLastNote(note == null ? state.getLastNote() : note).setHistory(history);
  }

  private static StatusChange change(CaseStatus status, Instant at, String unitId, String note) {
    return StatusChange.newBuilder().setStatus(status).setAt(at).setUnitId(unitId).setActor(unitId == null ? "system:intake" : "petugas-1")
        .setNote(note).build();
  }

  public void publish(CaseState state) {
    try {
      producer.send(new ProducerRecord<>(topic.name(), state.getComplaintId(), state)).get();
    } catch (Exception e) {
      throw new IllegalStateException("cannot publish the case state", e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
