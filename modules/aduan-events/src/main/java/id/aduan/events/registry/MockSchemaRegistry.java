package id.aduan.events.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * An in-process registry behind {@code mock://scope} URLs (Confluent's convention): every client given
 * the same scope sees the same registry, so a producer and a consumer in one JVM agree on ids. It applies
 * the same compatibility rules as a real registry, defaulting to BACKWARD. Meant for unit tests and the
 * embedded demo; drop a scope with {@link #dropScope} when a test is done with it.
 */
public final class MockSchemaRegistry implements SchemaRegistryClient {
  private static final Map<String, MockSchemaRegistry> SCOPES = new ConcurrentHashMap<>();
  private static final int FIRST_ID = 1;

  private final Map<String, List<RegisteredSchema>> subjects = new HashMap<>();
  private final Map<Integer, Schema> schemasById = new HashMap<>();
  private final Map<Schema, Integer> idsBySchema = new HashMap<>();
  private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
  private CompatibilityLevel globalLevel = CompatibilityLevel.BACKWARD;
  private int nextId = FIRST_ID;

  private MockSchemaRegistry() {}

  /** The registry of a scope, created on first use. */
  public static MockSchemaRegistry forScope(String scope) {
    return SCOPES.computeIfAbsent(scope, s -> new MockSchemaRegistry());
  }

  /** Forgets a scope and everything registered in it. */
  public static void dropScope(String scope) {
    SCOPES.remove(scope);
  }

  @Override
  public synchronized int register(String subject, Schema schema) {
    List<RegisteredSchema> versions = subjects.computeIfAbsent(subject, s -> new ArrayList<>());
    for (RegisteredSchema existing : versions) {
      if (existing.schema().equals(schema)) {
        return existing.id();
      }
    }
    CompatibilityResult result = AvroCompatibility.check(compatibility(subject), schema, schemas(versions));
    if (!result.compatible()) {
      throw new SchemaRegistryException(
          409,
          SchemaRegistryException.INCOMPATIBLE_SCHEMA,
          "Schema being registered is incompatible with an earlier schema for subject \""
              + subject
              + "\": "
              + String.join("; ", result.messages()));
    }
    int id = idsBySchema.computeIfAbsent(schema, s -> nextId++);
    schemasById.put(id, schema);
    versions.add(new RegisteredSchema(subject, versions.size() + 1, id, schema));
    return id;
  }

  @Override
  public synchronized int idOf(String subject, Schema schema) {
    return versionsOf(subject).stream()
        .filter(v -> v.schema().equals(schema))
        .findFirst()
        .orElseThrow(
            () -> notFound(SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema not found under subject " + subject))
        .id();
  }

  @Override
  public synchronized Schema schemaById(int id) {
    Schema schema = schemasById.get(id);
    if (schema == null) {
      throw notFound(SchemaRegistryException.SCHEMA_NOT_FOUND, "Schema " + id + " not found");
    }
    return schema;
  }

  @Override
  public synchronized RegisteredSchema latest(String subject) {
    List<RegisteredSchema> versions = versionsOf(subject);
    return versions.get(versions.size() - 1);
  }

  @Override
  public synchronized RegisteredSchema version(String subject, int version) {
    List<RegisteredSchema> versions = versionsOf(subject);
    if (version < 1 || version > versions.size()) {
      throw notFound(
          SchemaRegistryException.VERSION_NOT_FOUND, "Version " + version + " not found under subject " + subject);
    }
    return versions.get(version - 1);
  }

  @Override
  public synchronized List<Integer> versions(String subject) {
    return versionsOf(subject).stream().map(RegisteredSchema::version).toList();
  }

  @Override
  public synchronized List<String> subjects() {
    return subjects.keySet().stream().sorted().toList();
  }

  @Override
  public synchronized CompatibilityResult checkCompatibility(String subject, Schema schema) {
    List<RegisteredSchema> versions = subjects.getOrDefault(subject, List.of());
    return AvroCompatibility.check(compatibility(subject), schema, schemas(versions));
  }

  @Override
  public synchronized CompatibilityLevel compatibility(String subject) {
    return subjectLevels.getOrDefault(subject, globalLevel);
  }

  @Override
  public synchronized void setCompatibility(String subject, CompatibilityLevel level) {
    subjectLevels.put(subject, level);
  }

  /** Sets the level for subjects that have none of their own. */
  public synchronized void setGlobalCompatibility(CompatibilityLevel level) {
    globalLevel = level;
  }

  @Override
  public synchronized List<Integer> deleteSubject(String subject) {
    List<Integer> versions = versions(subject);
    subjects.remove(subject);
    subjectLevels.remove(subject);
    return versions;
  }

  private List<RegisteredSchema> versionsOf(String subject) {
    List<RegisteredSchema> versions = subjects.get(subject);
    if (versions == null || versions.isEmpty()) {
      throw notFound(SchemaRegistryException.SUBJECT_NOT_FOUND, "Subject " + subject + " not found");
    }
    return versions;
  }

  private static List<Schema> schemas(List<RegisteredSchema> versions) {
    return versions.stream().map(RegisteredSchema::schema).toList();
  }

  private static SchemaRegistryException notFound(int code, String message) {
    return new SchemaRegistryException(404, code, message);
  }
}
