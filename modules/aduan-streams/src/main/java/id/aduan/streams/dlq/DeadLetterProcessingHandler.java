package id.aduan.streams.dlq;

import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record a stage refuses or cannot process goes to the DLQ, as it was read from its source topic, with
 * the reason and the stage; the job goes on with the next record. Nothing is dropped silently.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);
  private String dlqTopic;
  private int maxRecordBytes;

  @Override
  public void configure(Map<String, ?> configs) {
    dlqTopic = DeadLetterConfig.dlqTopic(configs);
    maxRecordBytes = DeadLetterConfig.maxRecordBytes(configs);
  }

  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    String stage = exception instanceof RefusedRecordException refused ? refused.stage() : context.processorNodeId();
    if (exception instanceof RefusedRecordException) {
      LOG.info("Record {}-{}@{} refused at {}: {}", context.topic(), context.partition(), context.offset(), stage,
          exception.getMessage());
    } else {
      LOG.error("Record {}-{}@{} failed at {}; sent to {}", context.topic(), context.partition(), context.offset(),
          stage, dlqTopic, exception);
    }
    var failure = new DeadLetterHeaders.Failure(
        String.valueOf(exception.getMessage()), stage, context.topic(), context.partition(), context.offset(),
        exception.getClass().getName());
    return Response.resume(List.of(DeadLetterHeaders.deadLetter(
        dlqTopic, context.sourceRawKey(), context.sourceRawValue(), context.headers(), failure, maxRecordBytes)));
  }
}
