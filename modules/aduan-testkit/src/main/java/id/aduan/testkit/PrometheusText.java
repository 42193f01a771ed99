package id.aduan.testkit;

import java.util.Arrays;
import java.util.List;

/** Reading samples out of a Prometheus text exposition, as a scrape would see them. */
public final class PrometheusText {
  private PrometheusText() {}

  /**
   * The value of the one sample named {@code name} whose labels include each of {@code labels} (written as
   * {@code key="value"}); fails naming what it looked for when there is none or more than one.
   */
  public static double sample(String text, String name, String... labels) {
    List<String> lines = text.lines()
        .filter(l -> (l.startsWith(name + "{") || l.startsWith(name + " ")) && Arrays.stream(labels).allMatch(l::contains))
        .toList();
    if (lines.size() != 1) {
      throw new AssertionError(lines.size() + " samples of " + name + " " + Arrays.toString(labels) + " in\n" + text);
    }
    String line = lines.get(0);
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }
}
