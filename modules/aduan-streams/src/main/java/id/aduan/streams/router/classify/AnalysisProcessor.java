package id.aduan.streams.router.classify;

import id.aduan.event.ComplaintClassified;
import id.aduan.event.ModelVersion;
import id.aduan.event.ComplaintReceived;
import id.aduan.streams.router.dedupe.SourcedComplaint;
import id.aduan.streams.router.route.TableChanges;
import java.time.Clock;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/** Masks and classifies each complaint with the model that is active when it arrives; its source keys stay. */
public final class AnalysisProcessor implements
    FixedKeyProcessor<String, SourcedComplaint<ComplaintReceived>, SourcedComplaint<ComplaintClassified>> {
  private final ComplaintAnalyzer analyzer;
  private final ActiveModel model;
  private final String modelsStore;
  private final Clock clock;
  private FixedKeyProcessorContext<String, SourcedComplaint<ComplaintClassified>> context;
  private KeyValueStore<String, ValueAndTimestamp<ModelVersion>> published;

  public AnalysisProcessor(ComplaintAnalyzer analyzer, LoadedModel startupModel, String modelsStore,
      TableChanges modelChanges, Clock clock) {
    this.analyzer = analyzer;
    this.model = new ActiveModel(startupModel, modelChanges);
    this.modelsStore = modelsStore;
    this.clock = clock;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, SourcedComplaint<ComplaintClassified>> context) {
    this.context = context;
    this.published = context.getStateStore(modelsStore);
  }

  @Override
  public void process(FixedKeyRecord<String, SourcedComplaint<ComplaintReceived>> record) {
    SourcedComplaint<ComplaintReceived> received = record.value();
    ComplaintClassified classified = analyzer.analyze(received.complaint(), model.select(published), clock.instant());
    context.forward(record.withValue(received.with(classified)));
  }
}
