package id.aduan.console.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-30T01:00:00Z"));
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };

  @Test
  void locksAUserNameOutAfterTheLimitUntilTheLockoutEnds() {
    LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);
    for (int i = 0; i < 2; i++) {
      throttle.failed("siti", "10.0.0.1");
    }
    assertEquals(0, throttle.lockedFor("siti", "10.0.0.1"));
    throttle.failed("SITI", "10.0.0.2");
    assertEquals(900, throttle.lockedFor("siti", "10.0.0.9"), "the name is locked from any address");
    assertEquals(0, throttle.lockedFor("budi", "10.0.0.1"));
    now.set(now.get().plus(Duration.ofMinutes(15)).plusSeconds(1));
    assertEquals(0, throttle.lockedFor("siti", "10.0.0.1"));
  }

  @Test
  void locksAnAddressThatTriesManyNames() {
    LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);
    for (int i = 0; i < 12; i++) {
      throttle.failed("user" + i, "10.0.0.1");
    }
    assertTrue(throttle.lockedFor("someone-else", "10.0.0.1") > 0);
    assertEquals(0, throttle.lockedFor("someone-else", "10.0.0.2"));
  }

  @Test
  void aSuccessClearsTheNamesCount() {
    LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);
    throttle.failed("siti", "a");
    throttle.failed("siti", "a");
    throttle.succeeded("siti");
    throttle.failed("siti", "a");
    assertEquals(0, throttle.lockedFor("siti", "b"));
  }
}
