package id.aduan.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a Java runtime of a minimum feature version, for components (the schema registry) that need a
 * newer Java than the project itself. Looks at {@code ADUAN_REGISTRY_JAVA}, {@code JAVA_HOME}, this JVM and
 * every JDK under {@code /usr/lib/jvm}, in that order.
 */
public final class JavaRuntimes {
  public static final String OVERRIDE_ENV = "ADUAN_REGISTRY_JAVA";
  private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

  private JavaRuntimes() {}

  /** The {@code java} executable of the first runtime of at least the given version. */
  public static Path findJava(int minimumVersion) {
    List<Path> candidates = new ArrayList<>();
    env(OVERRIDE_ENV).ifPresent(candidates::add);
    env("JAVA_HOME").ifPresent(candidates::add);
    candidates.add(Path.of(System.getProperty("java.home")));
    try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
      jvms.sorted().forEach(candidates::add);
    } catch (IOException noSystemJvms) {
      // fine: other candidates may do
    }
    for (Path home : candidates) {
      Path java = home.resolve("bin/java");
      if (Files.isExecutable(java) && featureVersion(home).orElse(0) >= minimumVersion) {
        return java;
      }
    }
    throw new IllegalStateException(
        "No Java " + minimumVersion + " or newer found (looked at " + candidates + "). The schema registry "
            + "used by the integration tests needs it: install one (e.g. `apt-get install openjdk-21-jdk-headless` "
            + "or a Temurin " + minimumVersion + "+ under /usr/lib/jvm) or point " + OVERRIDE_ENV
            + " at its home directory.");
  }

  private static Optional<Path> env(String name) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
  }

  private static Optional<Integer> featureVersion(Path home) {
    try {
      Matcher matcher = VERSION.matcher(Files.readString(home.resolve("release")));
      return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
