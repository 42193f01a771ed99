package id.aduan.app.config;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The shared steps of `units load` and `rules load`: read and check the file, work out what changes,
 * publish it in one transaction (unless it is a dry run), and say what happened. A refused file publishes
 * nothing and exits 1.
 */
final class ConfigPublisher {
  /** Reads the entries of one section, refusing the file with all its problems. */
  @FunctionalInterface
  interface SectionReader<V> {
    List<V> read(ConfigFile file) throws InvalidConfigException;
  }

  private ConfigPublisher() {}

  static <V> int publish(Path file, String section, boolean dryRun, ConfigTopic<V> topic, SectionReader<V> reader,
      BiFunction<Map<String, V>, List<V>, ConfigChanges<V>> diff, PrintWriter out, PrintWriter err,
      java.util.function.Consumer<List<V>> afterPublishing) {
    try {
      ConfigFile config = ConfigFile.read(file);
      if (!config.has(section)) {
        throw new InvalidConfigException(file, List.of("no " + section + ": section"));
      }
      List<V> wanted = reader.read(config);
      ConfigChanges<V> changes = diff.apply(topic.read(), wanted);
      if (!dryRun) {
        topic.write(changes.writes());
        afterPublishing.accept(wanted);
      }
      out.println((dryRun ? "would publish " : "published ") + changes.summary(section) + " to " + topic.name());
      out.flush();
      return 0;
    } catch (InvalidConfigException e) {
      err.println("Refused, nothing published. " + e.getMessage());
      err.flush();
      return 1;
    }
  }
}
