package id.aduan.app.demo;

import id.aduan.events.registry.MockSchemaRegistry;
import id.aduan.events.registry.RegisteredSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The demo's in-process registry kept in a file of its data directory: records on the broker carry schema ids,
 * so a restarted demo must know the same schemas under the same ids. One line per subject version, in id order
 * ({@code id TAB subject TAB schema}); registering them again in that order gives every schema its old id.
 */
final class SchemaFile implements AutoCloseable {
  private final MockSchemaRegistry registry;
  private final Path file;

  private SchemaFile(MockSchemaRegistry registry, Path file) {
    this.registry = registry;
    this.file = file;
  }

  /** Registers what {@code file} holds, if it exists, in the registry of {@code scope}; saves it back at close. */
  static SchemaFile restore(String scope, Path file) throws IOException {
    MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] fields = line.split("\t", 3);
        int id = registry.register(fields[1], new Schema.Parser().parse(fields[2]));
        if (id != Integer.parseInt(fields[0])) {
          throw new IllegalStateException("the schemas in " + file + " no longer get their ids (" + fields[1]
              + " got " + id + ", not " + fields[0] + "); start on an empty --data-dir");
        }
      }
    }
    return new SchemaFile(registry, file);
  }

  @Override
  public void close() {
    List<RegisteredSchema> all = new ArrayList<>();
    for (String subject : registry.subjects()) {
      for (int version : registry.versions(subject)) {
        all.add(registry.version(subject, version));
      }
    }
    all.sort(Comparator.comparingInt(RegisteredSchema::id).thenComparing(RegisteredSchema::subject));
    List<String> lines = all.stream().map(s -> s.id() + "\t" + s.subject() + "\t" + s.schema()).toList();
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save the demo's schemas to " + file, e);
    }
  }
}
