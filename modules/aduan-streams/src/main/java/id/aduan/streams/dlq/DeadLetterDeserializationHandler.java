package id.aduan.streams.dlq;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bytes that cannot be decoded (random bytes, an unknown schema id, a payload that does not match its
 * schema) go to the DLQ in the same transaction as the job's other output, and the job goes on.
 */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterDeserializationHandler.class);
  public static final String STAGE = "decode";
  private String dlqTopic;
  private int maxRecordBytes;

  @Override
  public void configure(Map<String, ?> configs) {
    dlqTopic = DeadLetterConfig.dlqTopic(configs);
    maxRecordBytes = DeadLetterConfig.maxRecordBytes(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    LOG.warn("Undecodable record {}-{}@{} sent to {}: {}", record.topic(), record.partition(), record.offset(),
        dlqTopic, exception.getMessage());
    var failure = new DeadLetterHeaders.Failure(
        exception.getMessage(), STAGE, record.topic(), record.partition(), record.offset(), exception.getClass().getName());
    return Response.resume(List.of(
        DeadLetterHeaders.deadLetter(dlqTopic, record.key(), record.value(), record.headers(), failure, maxRecordBytes)));
  }
}
