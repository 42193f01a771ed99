package id.aduan.sink.consume;

import id.aduan.sink.rows.SinkTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/** One polled record on its way to the database: its rows, or why it goes to the dead-letter topic instead. */
final class Pending {
  final ConsumerRecord<byte[], byte[]> record;
  final SinkTopic.Rows rows;
  private String refusal;
  private String exceptionClass;
  private String reasonCode;
  private boolean deadLettered;

  private Pending(ConsumerRecord<byte[], byte[]> record, SinkTopic.Rows rows, String refusal, String exceptionClass,
      String reasonCode) {
    this.record = record;
    this.rows = rows;
    this.refusal = refusal;
    this.exceptionClass = exceptionClass;
    this.reasonCode = reasonCode;
  }

  static Pending decoded(ConsumerRecord<byte[], byte[]> record, SinkTopic.Rows rows) {
    return new Pending(record, rows, null, null, null);
  }

  static Pending refused(ConsumerRecord<byte[], byte[]> record, String reason, String exceptionClass,
      String reasonCode) {
    return new Pending(record, null, reason, exceptionClass, reasonCode);
  }

  /** From now on only the record's position is stored; the record itself goes to the dead-letter topic. */
  void refuse(String reason, String exceptionClass, String reasonCode) {
    this.refusal = reason;
    this.exceptionClass = exceptionClass;
    this.reasonCode = reasonCode;
  }

  boolean refusedRecord() {
    return refusal != null;
  }

  String refusal() {
    return refusal;
  }

  String exceptionClass() {
    return exceptionClass;
  }

  /** One of {@link SinkMeters}' reason codes, for the dead-letter counter. */
  String reasonCode() {
    return reasonCode;
  }

  boolean deadLettered() {
    return deadLettered;
  }

  void markDeadLettered() {
    deadLettered = true;
  }

  TopicPartition partition() {
    return new TopicPartition(record.topic(), record.partition());
  }
}
