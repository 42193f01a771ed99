package id.aduan.streams.router.dedupe;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;

/** What both de-duplication stages share: the store of recent complaints per key and its upkeep. */
abstract class DuplicateMarker<I, O> implements FixedKeyProcessor<String, I, O> {
  private final String storeName;
  protected final DedupeSettings settings;
  protected final TextFingerprint fingerprint;
  protected FixedKeyProcessorContext<String, O> context;
  private KeyValueStore<String, RecentComplaints> store;

  DuplicateMarker(String storeName, DedupeSettings settings, TextFingerprint fingerprint) {
    this.storeName = storeName;
    this.settings = settings;
    this.fingerprint = fingerprint;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, O> context) {
    this.context = context;
    this.store = context.getStateStore(storeName);
  }

  /** The complaints remembered under a key; empty when there are none. */
  protected RecentComplaints recent(String key) {
    RecentComplaints stored = store.get(key);
    return stored == null ? RecentComplaints.empty() : stored;
  }

  /** Adds a complaint under a key, forgetting what fell out of the window. */
  protected void remember(String key, RecentComplaints recent, RecentComplaints.Entry entry) {
    store.put(key, recent.with(entry, windowMillis(), settings.maxRemembered()));
  }

  protected long windowMillis() {
    return settings.window().toMillis();
  }
}
