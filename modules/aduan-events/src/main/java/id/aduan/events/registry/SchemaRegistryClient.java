package id.aduan.events.registry;

import java.util.List;
import org.apache.avro.Schema;

/**
 * The operations Aduan needs from a Confluent-compatible schema registry.
 *
 * <p>Implementations: {@link RestSchemaRegistryClient} for any server speaking the Confluent REST API,
 * {@link MockSchemaRegistry} for {@code mock://scope} URLs, and {@link CachingSchemaRegistryClient} in front
 * of either. Every failure surfaces as a {@link SchemaRegistryException}.
 */
public interface SchemaRegistryClient {

  /** Registers the schema under the subject (or finds it if already there) and returns its global id. */
  int register(String subject, Schema schema);

  /** The id of a schema already registered under the subject; fails with 40403 if it is not there. */
  int idOf(String subject, Schema schema);

  /** The schema with the given global id. */
  Schema schemaById(int id);

  /** The latest version registered under the subject. */
  RegisteredSchema latest(String subject);

  /** One version of the subject. */
  RegisteredSchema version(String subject, int version);

  /** All version numbers of the subject, oldest first. */
  List<Integer> versions(String subject);

  /** All subjects the registry knows. */
  List<String> subjects();

  /** Whether the schema could be registered under the subject given its compatibility level. */
  CompatibilityResult checkCompatibility(String subject, Schema schema);

  /** The compatibility level in force for the subject (its own, else the global default). */
  CompatibilityLevel compatibility(String subject);

  /** Sets the subject's compatibility level. */
  void setCompatibility(String subject, CompatibilityLevel level);

  /** Deletes the subject and returns the versions it had. */
  List<Integer> deleteSubject(String subject);
}
