package id.aduan.events.registry;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/** Avro reader/writer compatibility as the registry applies it for each {@link CompatibilityLevel}. */
final class AvroCompatibility {
  private AvroCompatibility() {}

  /**
   * Checks a candidate against the versions already registered (oldest first): the latest only, or all of
   * them for the transitive levels.
   */
  static CompatibilityResult check(CompatibilityLevel level, Schema candidate, List<Schema> existing) {
    if (level == CompatibilityLevel.NONE || existing.isEmpty()) {
      return CompatibilityResult.ok();
    }
    List<Schema> against =
        level.transitive() ? existing : List.of(existing.get(existing.size() - 1));
    List<String> problems = new ArrayList<>();
    for (Schema previous : against) {
      if (level.newReadsOld()) {
        problems.addAll(problems(candidate, previous, "new schema cannot read data written with an older one"));
      }
      if (level.oldReadsNew()) {
        problems.addAll(problems(previous, candidate, "older schema cannot read data written with the new one"));
      }
    }
    return new CompatibilityResult(problems.isEmpty(), problems);
  }

  private static List<String> problems(Schema reader, Schema writer, String direction) {
    SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
    if (result.getType() == SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE) {
      return List.of();
    }
    List<String> messages = new ArrayList<>();
    for (SchemaCompatibility.Incompatibility incompatibility : result.getResult().getIncompatibilities()) {
      messages.add(
          direction
              + ": "
              + incompatibility.getType()
              + " at "
              + incompatibility.getLocation()
              + " ("
              + incompatibility.getMessage()
              + ")");
    }
    return messages;
  }
}
