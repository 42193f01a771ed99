package id.aduan.intake.config;

import id.aduan.intake.submit.EventTimes;
import id.aduan.ops.config.LayeredConfig;
import java.net.InetAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Intake's settings, as Kafka defines configs: each key with its default and its doc, in one place. Values
 * are layered defaults &lt; file &lt; environment ({@code ADUAN_} + key upper-cased, dots as underscores,
 * e.g. {@code ADUAN_INTAKE_PORT}) &lt; command line. Keys outside {@code intake.} (bootstrap.servers,
 * schema.registry.url, aduan.topic.prefix, security.protocol, sasl.*, ssl.*, …) go to the Kafka and registry
 * clients unchanged.
 */
public final class IntakeConfig {
  /** One setting: key, default (null: none) and what it means. */
  public record Key(String name, String defaultValue, String doc) {}

  public static final Map<String, Key> KEYS = new LinkedHashMap<>();
  private static final SecureRandom SECURE = new SecureRandom();

  public static final String BOOTSTRAP_SERVERS = def("bootstrap.servers", "localhost:9092", "Kafka bootstrap servers.");
  public static final String SCHEMA_REGISTRY_URL =
      def("schema.registry.url", "http://localhost:8081", "Schema registry URL(s), or mock://scope.");
  public static final String TOPIC_PREFIX = def("aduan.topic.prefix", "aduan.", "Prefix of every topic name.");
  public static final String HOST = def("intake.host", "0.0.0.0", "Address the HTTP server listens on.");
  public static final String PORT = def("intake.port", "8080", "HTTP port (0 picks a free one).");
  public static final String MAX_BODY_BYTES =
      def("intake.max.body.bytes", "1048576", "Largest request body accepted; larger ones get 413.");
  public static final String RATE_PER_MINUTE =
      def("intake.rate.limit.per.minute", "120", "Requests per minute per client address (0 turns the limit off); beyond it 429.");
  public static final String RATE_BURST = def("intake.rate.limit.burst", "30", "Requests a client may send at once before the rate applies.");
  public static final String ACK_TIMEOUT_MS =
      def("intake.ack.timeout.ms", "10000", "How long a complaint may wait for the broker's acknowledgement before the answer is 503 and it is dropped.");
  public static final String TRANSACTIONAL_ID =
      def("intake.transactional.id", null, "Kafka transactional id of this instance, overriding the derived one; must be stable across restarts and unique per instance (default <prefix>-<hostname>-<port>, see intake.transactional.id.prefix).");
  public static final String TRANSACTIONAL_ID_PREFIX =
      def("intake.transactional.id.prefix", "aduan-intake", "Start of the derived transactional id <prefix>-<hostname>-<port>: distinct for every instance on a host and stable across its restarts (with intake.port 0 the port part is random).");
  public static final String PARALLEL_TRANSACTIONS =
      def("intake.transactions.parallel", "3", "Transactional producers committing in turn (ids <transactional id>-0, -1, …); keep it the same across restarts so each id fences its predecessor.");
  public static final String EVENT_TIME_MAX_AGE_DAYS =
      def("intake.event.time.max.age.days", "3650", "Oldest event time a client may claim (a social post's creation time), in days before arrival; an older one (a device clock left at 1970, a made-up value) is replaced by the arrival time and kept in the attribute intake.claimed_event_time.");
  public static final String EVENT_TIME_MAX_AHEAD_SECONDS =
      def("intake.event.time.max.ahead.seconds", "300", "How far in the future (clock skew) a claimed event time may lie, in seconds; beyond it the arrival time is used as above.");
  public static final String CREATE_TOPICS =
      def("intake.create.topics", "true", "Create the ledger, complaints.received, complaints.reporters, surveys.responses, cases.updates and cases.state topics at start when missing.");
  public static final String REPLICATION_FACTOR =
      def("intake.topic.replication.factor", "-1", "Replication factor of topics intake creates (-1: the broker default).");
  public static final String CATEGORIES_FILE =
      def("intake.categories.file", null, "YAML or JSON file of complaint categories (Open311 services); default: the transport-agency starter.");
  public static final String REPORTER_KEY_SECRET =
      def("intake.reporter.key.secret", null, "Secret (16+ characters) of the HMAC that turns contacts into reporter keys; keep it stable. Without it a random one is used and keys change on restart.");
  public static final String PUBLIC_BASE_URL =
      def("intake.public.base.url", "http://localhost:8080", "URL at which clients reach this server (Open311 discovery, Twilio signatures).");
  public static final String OPEN311_API_KEYS =
      def("intake.open311.api.keys", "", "Comma-separated API keys allowed to POST Open311 requests; empty allows any key.");
  public static final String SMS_SECRET =
      def("intake.sms.secret", "", "When set, SMS webhooks must be signed: X-Twilio-Signature (Twilio auth token) or X-Aduan-Signature: sha256=<hex HMAC of the body>.");
  public static final String X_CONSUMER_SECRET =
      def("intake.social.x.consumer.secret", "", "X (Twitter) app consumer secret: answers CRC challenges and checks x-twitter-webhooks-signature; empty turns the X webhook off.");
  public static final String META_APP_SECRET =
      def("intake.social.meta.app.secret", "", "Meta app secret checking X-Hub-Signature-256; empty turns the Meta webhook off.");
  public static final String META_VERIFY_TOKEN =
      def("intake.social.meta.verify.token", "", "Token Meta sends with hub.verify_token when subscribing the webhook.");
  public static final String SOCIAL_HANDLE =
      def("intake.social.handle", "", "The agency's own account handle (without @), so that its own posts are not filed as complaints.");

  private final Map<String, String> values;

  private IntakeConfig(Map<String, String> values) {
    this.values = values;
  }

  private static String def(String name, String defaultValue, String doc) {
    KEYS.put(name, new Key(name, defaultValue, doc));
    return name;
  }

  /** Layers the sources, later ones winning. */
  public static IntakeConfig resolve(Map<String, String> file, Map<String, String> env, Map<String, String> commandLine) {
    Map<String, String> values = new TreeMap<>();
    KEYS.values().forEach(k -> {
      if (k.defaultValue() != null) {
        values.put(k.name(), k.defaultValue());
      }
    });
    values.putAll(file);
    for (String key : KEYS.keySet()) {
      String fromEnv = env.get(envName(key));
      if (fromEnv != null) {
        values.put(key, fromEnv);
      }
    }
    values.putAll(commandLine);
    return new IntakeConfig(values);
  }

  public static IntakeConfig of(Map<String, String> values) {
    return resolve(values, Map.of(), Map.of());
  }

  /** {@code intake.port} → {@code ADUAN_INTAKE_PORT}; {@code aduan.topic.prefix} → {@code ADUAN_TOPIC_PREFIX}. */
  public static String envName(String key) {
    return LayeredConfig.envName(key);
  }

  /** Every key with its default and meaning, for --help and the README. */
  public static String describeKeys() {
    StringBuilder out = new StringBuilder();
    KEYS.values().forEach(k -> out.append(String.format("  %-34s %s%n      (env %s; default: %s)%n", k.name(), k.doc(),
        envName(k.name()), k.defaultValue() == null ? "none" : k.defaultValue().isEmpty() ? "empty" : k.defaultValue())));
    return out.toString();
  }

  public String get(String key) {
    String v = values.get(key);
    return v == null || v.isBlank() ? null : v.trim();
  }

  public int getInt(String key) {
    String v = get(key);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, not '" + v + "'");
    }
  }

  public boolean getBoolean(String key) {
    return Boolean.parseBoolean(get(key));
  }

  public Duration ackTimeout() {
    return Duration.ofMillis(getInt(ACK_TIMEOUT_MS));
  }

  /**
   * The configured transactional id, else {@code <prefix>-<hostname>-<port>}: two instances never share it
   * (on one host they differ by port), and a restarted instance gets its own back, so that its producers
   * fence their predecessors and abort what they left open. With port 0 the port is random, and so is the id.
   */
  public String transactionalId() {
    String configured = get(TRANSACTIONAL_ID);
    if (configured != null) {
      return configured;
    }
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      host = "localhost";
    }
    int port = getInt(PORT);
    String instance = String.valueOf(port);
    if (port == 0) {
      byte[] random = new byte[4];
      SECURE.nextBytes(random);
      instance = "random-" + HexFormat.of().formatHex(random);
    }
    return get(TRANSACTIONAL_ID_PREFIX) + "-" + host.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + instance;
  }

  /** The window of event times clients may claim. */
  public EventTimes eventTimes() {
    return new EventTimes(Duration.ofDays(getInt(EVENT_TIME_MAX_AGE_DAYS)), Duration.ofSeconds(getInt(EVENT_TIME_MAX_AHEAD_SECONDS)));
  }

  /** Settings for the Kafka and registry clients: everything outside {@code intake.}. */
  public Map<String, Object> clientProps() {
    Map<String, Object> props = new HashMap<>();
    values.forEach((k, v) -> {
      if (!k.startsWith("intake.")) {
        props.put(k, v);
      }
    });
    return props;
  }

  /** The effective settings, secrets included: show them only through {@code Secrets.redacted}. */
  public Map<String, String> values() {
    return Map.copyOf(values);
  }
}
