package id.aduan.app.console;

import id.aduan.console.ConsoleApplication;
import id.aduan.console.ConsoleSettings;
import id.aduan.console.auth.Passwords;
import id.aduan.console.auth.UserDirectory;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The console of {@code aduan demo}: users for two units and an admin, each with a password made at start
 * and known only to this process and whoever reads the demo's own output (never logged, never written to a
 * file: the users' hashes are held in memory).
 */
public final class DemoConsole implements AutoCloseable {
  /** A demo user: name, unit (null for the admin) and password. */
  public record Credentials(String username, String unitId, String password) {}

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

  private final ConsoleApplication console;
  private final List<Credentials> credentials;

  private DemoConsole(ConsoleApplication console, List<Credentials> credentials) {
    this.console = console;
    this.credentials = credentials;
  }

  public static DemoConsole start(int port, Map<String, Object> clientProps) {
    List<Credentials> users = List.of(
        new Credentials("lalin", "lalin", password()),
        new Credentials("angkutan", "angkutan", password()),
        new Credentials("admin", null, password()));
    StringBuilder yaml = new StringBuilder("users:\n");
    for (Credentials c : users) {
      yaml.append("  - {username: ").append(c.username())
          .append(c.unitId() == null ? ", role: admin" : ", role: unit, unit: " + c.unitId())
          .append(", passwordHash: \"").append(Passwords.hash(c.password(), 10)).append("\"}\n");
    }
    ConsoleSettings settings = ConsoleSettings.of("127.0.0.1", port, null, new LinkedHashMap<>(clientProps));
    ConsoleApplication console = ConsoleApplication.start(settings, UserDirectory.parse(yaml.toString(), "demo users"),
        Clock.systemUTC());
    return new DemoConsole(console, users);
  }

  private static String password() {
    StringBuilder p = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      p.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return p.toString();
  }

  public int port() {
    return console.port();
  }

  public List<Credentials> credentials() {
    return new ArrayList<>(credentials);
  }

  @Override
  public void close() {
    console.close();
  }
}
