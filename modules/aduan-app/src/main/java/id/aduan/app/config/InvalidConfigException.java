package id.aduan.app.config;

import java.nio.file.Path;
import java.util.List;

/** A configuration file that cannot be published, with every problem found, each with its line. */
public final class InvalidConfigException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  public InvalidConfigException(Path path, List<String> problems) {
    super(path + ": " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
