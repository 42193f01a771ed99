package id.aduan.streams.router.route;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.internals.WrappedStateStore;

/**
 * Counts the writes to the stores of global tables, so that what is derived from them (compiled rules,
 * the loaded model) is rebuilt only after they changed, not read again for every complaint. A global
 * table offers no hook on its update path, so the count sits in its store: the global thread bumps it
 * after each write, and a reader that reads the count before reading the store never misses a change.
 * Restoration writes past the count, but it happens only when the instance starts, before any complaint
 * is processed, and readers build at their first complaint in any case.
 */
public final class TableChanges {
  private final AtomicLong writes = new AtomicLong();

  /** Changes so far; a different value than last time means the tables must be read again. */
  public long count() {
    return writes.get();
  }

  /**
   * The store of a global table: RocksDB as by default, counting writes. Materialise it with caching
   * disabled, or writes would reach this store (and the count) only when the cache is flushed.
   */
  public KeyValueBytesStoreSupplier store(String name) {
    KeyValueBytesStoreSupplier rocks = Stores.persistentTimestampedKeyValueStore(name);
    return new KeyValueBytesStoreSupplier() {
      @Override
      public String name() {
        return rocks.name();
      }

      @Override
      public KeyValueStore<Bytes, byte[]> get() {
        return new CountingStore(rocks.get());
      }

      @Override
      public String metricsScope() {
        return rocks.metricsScope();
      }
    };
  }

  private final class CountingStore extends WrappedStateStore<KeyValueStore<Bytes, byte[]>, Bytes, byte[]>
      implements KeyValueStore<Bytes, byte[]> {
    CountingStore(KeyValueStore<Bytes, byte[]> inner) {
      super(inner);
    }

    @Override
    public void put(Bytes key, byte[] value) {
      wrapped().put(key, value);
      writes.incrementAndGet();
    }

    @Override
    public byte[] putIfAbsent(Bytes key, byte[] value) {
      byte[] previous = wrapped().putIfAbsent(key, value);
      writes.incrementAndGet();
      return previous;
    }

    @Override
    public void putAll(List<KeyValue<Bytes, byte[]>> entries) {
      wrapped().putAll(entries);
      writes.incrementAndGet();
    }

    @Override
    public byte[] delete(Bytes key) {
      byte[] previous = wrapped().delete(key);
      writes.incrementAndGet();
      return previous;
    }

    @Override
    public byte[] get(Bytes key) {
      return wrapped().get(key);
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> range(Bytes from, Bytes to) {
      return wrapped().range(from, to);
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> reverseRange(Bytes from, Bytes to) {
      return wrapped().reverseRange(from, to);
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> all() {
      return wrapped().all();
    }

    @Override
    public KeyValueIterator<Bytes, byte[]> reverseAll() {
      return wrapped().reverseAll();
    }

    @Override
    public <S extends Serializer<P>, P> KeyValueIterator<Bytes, byte[]> prefixScan(P prefix, S serializer) {
      return wrapped().prefixScan(prefix, serializer);
    }

    @Override
    public long approximateNumEntries() {
      return wrapped().approximateNumEntries();
    }

    @Override
    public ReadOnlyKeyValueStore<Bytes, byte[]> readOnly(IsolationLevel isolationLevel) {
      return wrapped().readOnly(isolationLevel);
    }
  }
}
