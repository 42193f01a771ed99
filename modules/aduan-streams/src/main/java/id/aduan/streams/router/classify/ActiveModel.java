package id.aduan.streams.router.classify;

import id.aduan.event.ModelVersion;
import id.aduan.streams.router.route.TableChanges;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model the router uses now: the newest active model published on the models topic, else the one
 * given at start-up. A newly published model is picked up on the next complaint; a model that cannot be
 * loaded is logged once and the previous one stays in use. The published models are looked at again only
 * when their table was written since the last complaint.
 */
public final class ActiveModel {
  private static final Logger LOG = LoggerFactory.getLogger(ActiveModel.class);
  private final LoadedModel startup;
  private final TableChanges changes;
  private final Set<String> refused = new HashSet<>();
  private LoadedModel current;
  private long readAt = -1;

  public ActiveModel(LoadedModel startup, TableChanges changes) {
    this.startup = startup;
    this.changes = changes;
    this.current = startup;
  }

  /** The model to use, given the published models (the global store of the models topic). */
  public LoadedModel select(KeyValueStore<String, ValueAndTimestamp<ModelVersion>> published) {
    // read before the store, so that a model published while it is read is looked at next time
    long count = changes.count();
    if (count == readAt) {
      return current;
    }
    ModelVersion newest = null;
    try (KeyValueIterator<String, ValueAndTimestamp<ModelVersion>> all = published.all()) {
      while (all.hasNext()) {
        ValueAndTimestamp<ModelVersion> entry = all.next().value;
        ModelVersion candidate = entry == null ? null : entry.value();
        if (candidate != null && candidate.getActive() && !refused.contains(candidate.getVersion())
            && (newest == null || candidate.getCreatedAt().isAfter(newest.getCreatedAt()))) {
          newest = candidate;
        }
      }
    }
    readAt = count;
    if (newest == null) {
      current = startup;
    } else if (!newest.getVersion().equals(current.version())) {
      try {
        current = ModelLoader.load(newest);
        LOG.info("Now classifying with model {}", current.version());
      } catch (IOException | RuntimeException e) {
        refused.add(newest.getVersion());
        LOG.error("Model {} cannot be loaded, keeping {}: {}", newest.getVersion(), current.version(), e.getMessage());
      }
    }
    return current;
  }
}
