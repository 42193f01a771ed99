package id.aduan.console;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * How the console runs. {@code clientProps} are the Kafka and registry client settings (bootstrap servers,
 * {@code schema.registry.url}, {@code aduan.topic.prefix}, security).
 *
 * @param host address to listen on
 * @param port port to listen on (0 picks a free one)
 * @param usersFile the operator's YAML file of users and API keys
 * @param secureCookies mark cookies Secure even when the request itself came without TLS (behind a TLS proxy)
 * @param sessionIdle a session ends after this long without a request
 * @param sessionMaxAge a session ends this long after sign-in in any case
 * @param maxFailures failed sign-ins in a row before a user name is locked out
 * @param lockout how long a lock-out lasts
 * @param transactionalId the producer's transactional id; unique per running console instance
 * @param opsHost address the metrics and health endpoints listen on
 * @param opsPort port of {@code /metrics}, {@code /health/live} and {@code /health/ready} (0 picks a free one,
 *     -1 serves none)
 */
public record ConsoleSettings(
    String host,
    int port,
    Path usersFile,
    boolean secureCookies,
    Duration sessionIdle,
    Duration sessionMaxAge,
    int maxFailures,
    Duration lockout,
    String transactionalId,
    String opsHost,
    int opsPort,
    Map<String, Object> clientProps) {

  public static final Duration DEFAULT_SESSION_IDLE = Duration.ofMinutes(30);
  public static final Duration DEFAULT_SESSION_MAX_AGE = Duration.ofHours(10);
  public static final int DEFAULT_MAX_FAILURES = 5;
  public static final Duration DEFAULT_LOCKOUT = Duration.ofMinutes(15);
  /** Where the metrics and health endpoints listen unless told otherwise (router 9401, tracker 9402). */
  public static final int DEFAULT_OPS_PORT = 9403;

  /** Defaults for everything but where to listen, the users file and the clients; no metrics and health endpoints. */
  public static ConsoleSettings of(String host, int port, Path usersFile, Map<String, Object> clientProps) {
    return new ConsoleSettings(host, port, usersFile, false, DEFAULT_SESSION_IDLE, DEFAULT_SESSION_MAX_AGE,
        DEFAULT_MAX_FAILURES, DEFAULT_LOCKOUT, null, host, -1, clientProps);
  }
}
