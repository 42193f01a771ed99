package id.aduan.console.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions, in memory: a random id (the cookie) maps to the principal and its CSRF token. A
 * session ends after {@code idle} without a request, after {@code maxAge} in any case, or at sign-out.
 * Sessions do not survive a restart and are not shared between instances: run one console instance, or put
 * sticky sessions in front of several.
 */
public final class Sessions {
  public record Session(String id, Principal principal, String csrfToken, Instant created, Instant lastSeen) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final Duration idle;
  private final Duration maxAge;
  private final Clock clock;

  public Sessions(Duration idle, Duration maxAge, Clock clock) {
    this.idle = idle;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  public Session open(Principal principal) {
    Instant now = clock.instant();
    sessions.values().removeIf(s -> expired(s, now));
    Session session = new Session(token(), principal, token(), now, now);
    sessions.put(session.id(), session);
    return session;
  }

  /** The live session of the id, its idle timer restarted; empty when unknown or expired. */
  public Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session session = sessions.get(id);
    Instant now = clock.instant();
    if (session == null || expired(session, now)) {
      if (session != null) {
        sessions.remove(id);
      }
      return Optional.empty();
    }
    Session touched = new Session(session.id(), session.principal(), session.csrfToken(), session.created(), now);
    sessions.put(id, touched);
    return Optional.of(touched);
  }

  public void close(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  public Duration maxAge() {
    return maxAge;
  }

  private boolean expired(Session s, Instant now) {
    return now.isAfter(s.lastSeen().plus(idle)) || now.isAfter(s.created().plus(maxAge));
  }

  /** 256 random bits, URL-safe. */
  public static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
