package id.aduan.console.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks out password guessing: after {@code maxFailures} failed sign-ins in a row for one user name, or
 * {@code maxFailures × 4} from one address, further attempts are refused for {@code lockout}, whether the
 * password is right or not. A successful sign-in clears the user name's count.
 */
public final class LoginThrottle {
  private record Failures(int count, Instant lockedUntil) {}

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final int maxFailures;
  private final Duration lockout;
  private final Clock clock;

  public LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
    this.maxFailures = maxFailures;
    this.lockout = lockout;
    this.clock = clock;
  }

  /** Seconds until the user name or the address may try again; 0 when it may try now. */
  public long lockedFor(String username, String address) {
    Instant now = clock.instant();
    return Math.max(remaining(userKey(username), now), remaining(addressKey(address), now));
  }

  public void failed(String username, String address) {
    count(userKey(username), maxFailures);
    count(addressKey(address), maxFailures * 4);
  }

  public void succeeded(String username) {
    failures.remove(userKey(username));
  }

  private void count(String key, int limit) {
    Instant now = clock.instant();
    failures.compute(key, (k, f) -> {
      int count = (f == null || f.lockedUntil() != null && now.isAfter(f.lockedUntil()) ? 0 : f.count()) + 1;
      return new Failures(count, count >= limit ? now.plus(lockout) : null);
    });
  }

  private long remaining(String key, Instant now) {
    Failures f = failures.get(key);
    if (f == null || f.lockedUntil() == null || !now.isBefore(f.lockedUntil())) {
      return 0;
    }
    return Math.max(1, Duration.between(now, f.lockedUntil()).toSeconds());
  }

  private static String userKey(String username) {
    return "user:" + (username == null ? "" : username.toLowerCase(java.util.Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
