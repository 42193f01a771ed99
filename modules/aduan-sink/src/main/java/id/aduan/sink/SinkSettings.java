package id.aduan.sink;

import java.time.Duration;
import java.util.Objects;

/**
 * How the sink reaches its database and paces its retries. The password is never printed: {@link #toString()}
 * hides it.
 *
 * @param jdbcUrl any PostgreSQL 14+ JDBC URL
 * @param user database user
 * @param password database password, or null for none (e.g. trust or peer authentication)
 * @param poolSize connections of the pool; the sink writes from one thread, so two suffice
 * @param minBackoff first wait after the database failed, doubled after each further failure
 * @param maxBackoff longest wait between two attempts
 * @param healthPort port of the health endpoint; 0 picks a free one, -1 serves none
 */
public record SinkSettings(String jdbcUrl, String user, String password, int poolSize, Duration minBackoff,
    Duration maxBackoff, int healthPort) {

  /** Where the health endpoint listens unless told otherwise. */
  public static final int DEFAULT_HEALTH_PORT = 8091;
  public static final Duration DEFAULT_MIN_BACKOFF = Duration.ofMillis(200);
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(10);

  public SinkSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("the sink writes to PostgreSQL: the JDBC URL must start with jdbc:postgresql:");
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("the pool needs at least one connection, not " + poolSize);
    }
    if (minBackoff.isNegative() || minBackoff.isZero() || maxBackoff.compareTo(minBackoff) < 0) {
      throw new IllegalArgumentException("backoff must be positive, its maximum at least its minimum");
    }
  }

  /** Settings with the default pool, backoff and health port. */
  public static SinkSettings of(String jdbcUrl, String user, String password) {
    return new SinkSettings(jdbcUrl, user, password, 2, DEFAULT_MIN_BACKOFF, DEFAULT_MAX_BACKOFF, DEFAULT_HEALTH_PORT);
  }

  public SinkSettings withHealthPort(int port) {
    return new SinkSettings(jdbcUrl, user, password, poolSize, minBackoff, maxBackoff, port);
  }

  public SinkSettings withBackoff(Duration min, Duration max) {
    return new SinkSettings(jdbcUrl, user, password, poolSize, min, max, healthPort);
  }

  /** The JDBC URL with any password parameter in it hidden, for messages and logs. */
  public String redactedUrl() {
    return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1[hidden]");
  }

  @Override
  public String toString() {
    return "SinkSettings[jdbcUrl=" + redactedUrl() + ", user=" + user + ", password=" + (password == null ? "none" : "[hidden]")
        + ", poolSize=" + poolSize + ", backoff=" + minBackoff + ".." + maxBackoff + ", healthPort=" + healthPort + "]";
  }
}
