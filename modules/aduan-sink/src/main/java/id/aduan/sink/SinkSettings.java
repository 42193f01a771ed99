package id.aduan.sink;

import java.time.Duration;
import java.util.Map;
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

  public static final String JDBC_URL_CONFIG = "sink.jdbc.url";
  public static final String JDBC_URL_DOC = "JDBC URL of the PostgreSQL database the sink writes to.";
  public static final String JDBC_URL_ENV = "ADUAN_SINK_JDBC_URL";
  public static final String USER_CONFIG = "sink.db.user";
  public static final String USER_DOC = "Database user of the sink.";
  public static final String USER_ENV = "ADUAN_SINK_DB_USER";
  public static final String PASSWORD_CONFIG = "sink.db.password";
  public static final String PASSWORD_DOC = "Database password of the sink; never logged.";
  public static final String PASSWORD_ENV = "ADUAN_SINK_DB_PASSWORD";
  public static final String HEALTH_PORT_CONFIG = "sink.health.port";
  public static final String HEALTH_PORT_DOC = "Port of /health/live and /health/ready (0 picks a free one, -1 none).";
  public static final int DEFAULT_HEALTH_PORT = 8091;
  public static final String MAX_BACKOFF_CONFIG = "sink.retry.max.backoff";
  public static final String MAX_BACKOFF_DOC = "Longest wait between attempts while the database fails, ISO-8601.";
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

  /**
   * Settings from client properties (the {@code --command-config} file of the command line) and the
   * environment, which wins.
   */
  public static SinkSettings from(Map<String, ?> props, Map<String, String> env) {
    String url = value(props, env, JDBC_URL_CONFIG, JDBC_URL_ENV, null);
    if (url == null) {
      throw new IllegalArgumentException("no database: set " + JDBC_URL_CONFIG + " or " + JDBC_URL_ENV);
    }
    String port = value(props, env, HEALTH_PORT_CONFIG, null, Integer.toString(DEFAULT_HEALTH_PORT));
    String maxBackoff = value(props, env, MAX_BACKOFF_CONFIG, null, DEFAULT_MAX_BACKOFF.toString());
    return new SinkSettings(url, value(props, env, USER_CONFIG, USER_ENV, "postgres"),
        value(props, env, PASSWORD_CONFIG, PASSWORD_ENV, null), 2, DEFAULT_MIN_BACKOFF,
        Duration.parse(maxBackoff), Integer.parseInt(port.trim()));
  }

  public SinkSettings withHealthPort(int port) {
    return new SinkSettings(jdbcUrl, user, password, poolSize, minBackoff, maxBackoff, port);
  }

  public SinkSettings withBackoff(Duration min, Duration max) {
    return new SinkSettings(jdbcUrl, user, password, poolSize, min, max, healthPort);
  }

  private static String value(Map<String, ?> props, Map<String, String> env, String key, String envName, String fallback) {
    if (envName != null && env.get(envName) != null && !env.get(envName).isBlank()) {
      return env.get(envName);
    }
    Object configured = props.get(key);
    return configured != null ? configured.toString() : fallback;
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
