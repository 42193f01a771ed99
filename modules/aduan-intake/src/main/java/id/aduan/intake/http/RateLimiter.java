package id.aduan.intake.http;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code perMinute} requests a minute on average with bursts up to
 * {@code burst}. Buckets of idle clients are dropped so the map cannot grow without bound.
 */
public final class RateLimiter {
  private static final int MAX_CLIENTS = 100_000;
  private final double perNano;
  private final double burst;
  private final boolean enabled;
  private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

  public RateLimiter(int perMinute, int burst) {
    this.enabled = perMinute > 0;
    this.perNano = perMinute / 60e9;
    this.burst = Math.max(1, burst);
  }

  /** 0 when the request may go ahead, else the seconds to wait before the next one will. */
  public int acquire(String client) {
    if (!enabled) {
      return 0;
    }
    long now = System.nanoTime();
    if (buckets.size() > MAX_CLIENTS) {
      buckets.clear();
    }
    double[] bucket = buckets.computeIfAbsent(client, k -> new double[] {burst, now});
    synchronized (bucket) {
      double tokens = Math.min(burst, bucket[0] + (now - bucket[1]) * perNano);
      bucket[1] = now;
      if (tokens >= 1) {
        bucket[0] = tokens - 1;
        return 0;
      }
      bucket[0] = tokens;
      return (int) Math.max(1, Math.ceil((1 - tokens) / perNano / 1e9));
    }
  }
}
