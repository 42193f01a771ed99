package id.aduan.events.registry;

import java.util.Objects;
import org.apache.avro.Schema;

/** A schema as the registry holds it under a subject: global id, version within the subject, the schema. */
public record RegisteredSchema(String subject, int version, int id, Schema schema) {
  public RegisteredSchema {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(schema, "schema");
  }
}
