package id.aduan.app.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** What one rate of the pipeline benchmark measured: counts, and latencies from each request's due time. */
record StepResult(
    int sent, int accepted, int refused, Map<Integer, Long> refusals, int lost, long doubled, Latencies answered, Latencies visible) {

  /** p50, p99 and max of some latencies, in nanoseconds. */
  record Latencies(long p50, long p99, long max) {
    static Latencies of(long[] nanos) {
      if (nanos.length == 0) {
        return new Latencies(0, 0, 0);
      }
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      return new Latencies(at(sorted, 0.50), at(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static long at(long[] sorted, double quantile) {
      return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
  }

  /**
   * Waits until every accepted complaint was seen, or none more appeared for {@code quietNanos} (those still
   * missing then are lost), and measures. Doubles are counted over the watcher's whole run, so a step reports
   * those of earlier steps too.
   */
  static StepResult await(List<OpenLoopLoad.Sent> sent, ArrivalWatcher arrivals, long quietNanos) throws InterruptedException {
    List<OpenLoopLoad.Sent> accepted = sent.stream().filter(OpenLoopLoad.Sent::accepted).toList();
    long missing = accepted.size();
    long lastProgress = System.nanoTime();
    while (missing > 0 && System.nanoTime() - lastProgress < quietNanos) {
      Thread.sleep(100);
      long now = accepted.stream().filter(s -> arrivals.firstSeen(s.complaintId()) == null).count();
      if (now < missing) {
        missing = now;
        lastProgress = System.nanoTime();
      }
    }
    long[] answered = accepted.stream().mapToLong(s -> s.answeredNanos() - s.dueNanos()).toArray();
    long[] visible = accepted.stream()
        .filter(s -> arrivals.firstSeen(s.complaintId()) != null)
        .mapToLong(s -> arrivals.firstSeen(s.complaintId()) - s.dueNanos())
        .toArray();
    Map<Integer, Long> refusals = sent.stream().filter(s -> !s.accepted())
        .collect(Collectors.groupingBy(OpenLoopLoad.Sent::status, TreeMap::new, Collectors.counting()));
    return new StepResult(sent.size(), accepted.size(), sent.size() - accepted.size(), refusals, accepted.size() - visible.length,
        arrivals.doubled(), Latencies.of(answered), Latencies.of(visible));
  }

  String describe(double rate) {
    return String.format(Locale.ROOT, "%6.0f %5d %9d %8d %5d %8d %9d / %-9d %7d / %d / %d",
        rate, sent, accepted, refused, lost, doubled, ms(answered.p50()), ms(answered.p99()),
        ms(visible.p50()), ms(visible.p99()), ms(visible.max()))
        + (refusals.isEmpty() ? "" : "   refused by HTTP status (-1: no answer): " + refusals);
  }

  private static long ms(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }
}
