package id.aduan.streams.tracker.metrics;

import id.aduan.event.CaseState;
import id.aduan.streams.dlq.RefusedRecordException;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Reads the tracker's case states (keyed by complaint id) and forwards the events each new state adds,
 * keyed by the unit, category and channel they count for. What was counted per complaint is kept in a
 * store, so a state delivered again adds nothing. A null state takes nothing back.
 */
final class CaseChangeProcessor implements Processor<String, CaseState, String, MetricEvent> {
  static final String STAGE = "metrics";
  private final String storeName;
  private ProcessorContext<String, MetricEvent> context;
  private KeyValueStore<String, CaseSummary> seen;

  CaseChangeProcessor(String storeName) {
    this.storeName = storeName;
  }

  @Override
  public void init(ProcessorContext<String, MetricEvent> context) {
    this.context = context;
    this.seen = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, CaseState> record) {
    CaseState state = record.value();
    if (state == null) {
      return;
    }
    List<String> problems = CaseChanges.problems(state);
    if (!problems.isEmpty()) {
      throw new RefusedRecordException(STAGE, String.join("; ", problems));
    }
    String complaintId = record.key() != null ? record.key() : state.getComplaintId();
    CaseSummary before = seen.get(complaintId);
    CaseChanges.Derived derived = CaseChanges.derive(before, state);
    if (!derived.summary().equals(before)) {
      seen.put(complaintId, derived.summary());
    }
    for (MetricEvent event : derived.events()) {
      context.forward(record.withKey(event.dimensionsKey()).withValue(event));
    }
  }
}
