package id.aduan.events.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Remembers ids and schemas in both directions, so that after warm-up a serializer or deserializer never
 * calls the registry on the hot path. Ids and registered schemas are immutable in the registry, so they are
 * kept for good; the latest version of a subject can change, so it is kept for a limited time.
 */
public final class CachingSchemaRegistryClient implements SchemaRegistryClient {
  public static final String LATEST_TTL_CONFIG = "latest.cache.ttl.sec";
  public static final String LATEST_TTL_DOC =
      "How long the latest version of a subject is remembered (use.latest.version); default 60 seconds.";
  public static final Duration DEFAULT_LATEST_TTL = Duration.ofSeconds(60);

  private record SubjectSchema(String subject, Schema schema) {}

  private record Expiring(RegisteredSchema value, Instant expires) {}

  private final SchemaRegistryClient delegate;
  private final Duration latestTtl;
  private final Clock clock;
  private final Map<SubjectSchema, Integer> ids = new ConcurrentHashMap<>();
  private final Map<Integer, Schema> schemas = new ConcurrentHashMap<>();
  private final Map<String, Expiring> latest = new ConcurrentHashMap<>();

  public CachingSchemaRegistryClient(SchemaRegistryClient delegate, Duration latestTtl, Clock clock) {
    this.delegate = delegate;
    this.latestTtl = latestTtl;
    this.clock = clock;
  }

  public CachingSchemaRegistryClient(SchemaRegistryClient delegate) {
    this(delegate, DEFAULT_LATEST_TTL, Clock.systemUTC());
  }

  @Override
  public int register(String subject, Schema schema) {
    return ids.computeIfAbsent(new SubjectSchema(subject, schema), key -> remember(delegate.register(subject, schema), schema));
  }

  @Override
  public int idOf(String subject, Schema schema) {
    return ids.computeIfAbsent(new SubjectSchema(subject, schema), key -> remember(delegate.idOf(subject, schema), schema));
  }

  @Override
  public Schema schemaById(int id) {
    return schemas.computeIfAbsent(id, delegate::schemaById);
  }

  @Override
  public RegisteredSchema latest(String subject) {
    Instant now = clock.instant();
    Expiring cached = latest.get(subject);
    if (cached != null && now.isBefore(cached.expires())) {
      return cached.value();
    }
    RegisteredSchema fresh = delegate.latest(subject);
    remember(fresh.id(), fresh.schema());
    ids.putIfAbsent(new SubjectSchema(subject, fresh.schema()), fresh.id());
    latest.put(subject, new Expiring(fresh, now.plus(latestTtl)));
    return fresh;
  }

  @Override
  public RegisteredSchema version(String subject, int version) {
    RegisteredSchema registered = delegate.version(subject, version);
    remember(registered.id(), registered.schema());
    return registered;
  }

  @Override
  public List<Integer> versions(String subject) {
    return delegate.versions(subject);
  }

  @Override
  public List<String> subjects() {
    return delegate.subjects();
  }

  @Override
  public CompatibilityResult checkCompatibility(String subject, Schema schema) {
    return delegate.checkCompatibility(subject, schema);
  }

  @Override
  public CompatibilityLevel compatibility(String subject) {
    return delegate.compatibility(subject);
  }

  @Override
  public void setCompatibility(String subject, CompatibilityLevel level) {
    delegate.setCompatibility(subject, level);
  }

  @Override
  public List<Integer> deleteSubject(String subject) {
    ids.keySet().removeIf(key -> key.subject().equals(subject));
    latest.remove(subject);
    return delegate.deleteSubject(subject);
  }

  private int remember(int id, Schema schema) {
    schemas.putIfAbsent(id, schema);
    return id;
  }
}
