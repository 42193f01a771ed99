package id.aduan.streams.router.classify;

import id.aduan.event.ComplaintClassified;
import id.aduan.event.ModelVersion;
import id.aduan.streams.router.dedupe.PendingComplaint;
import id.aduan.streams.router.route.TableChanges;
import java.time.Clock;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/** Masks and classifies each complaint with the model that is active when it arrives. */
public final class AnalysisProcessor implements FixedKeyProcessor<String, PendingComplaint, ComplaintClassified> {
  private final ComplaintAnalyzer analyzer;
  private final ActiveModel model;
  private final String modelsStore;
  private final Clock clock;
  private FixedKeyProcessorContext<String, ComplaintClassified> context;
  private KeyValueStore<String, ValueAndTimestamp<ModelVersion>> published;

  public AnalysisProcessor(ComplaintAnalyzer analyzer, LoadedModel startupModel, String modelsStore,
      TableChanges modelChanges, Clock clock) {
    this.analyzer = analyzer;
    this.model = new ActiveModel(startupModel, modelChanges);
    this.modelsStore = modelsStore;
    this.clock = clock;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, ComplaintClassified> context) {
    this.context = context;
    this.published = context.getStateStore(modelsStore);
  }

  @Override
  public void process(FixedKeyRecord<String, PendingComplaint> record) {
    PendingComplaint pending = record.value();
    ComplaintClassified classified =
        analyzer.analyze(pending.received(), pending.duplicateOf(), model.select(published), clock.instant());
    context.forward(record.withValue(classified));
  }
}
