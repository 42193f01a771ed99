package id.aduan.text;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared development data. Some of these sets carry no licence, so they are read in place
 * and never copied into the repository or into a shipped model.
 */
public final class SharedData {

  private SharedData() {}

  public static Path dir() {
    String configured = System.getProperty("aduan.shared.data");
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Path.of(configured);
    }
    // running from a module directory without the aggregator's property: look next to the repository
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      Path candidate = p.resolveSibling("shared").resolve("data");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      p = p.getParent();
    }
    throw new IllegalStateException("shared data not found: set -Daduan.shared.data=<repo>/../shared/data");
  }

  public static Path file(String relative) {
    Path file = dir().resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("shared data file missing: " + file);
    }
    return file;
  }
}
