package id.aduan.console.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The console's users and API keys, from the operator's YAML file (hashes only, never a password):
 *
 * <pre>
 * users:
 *   - username: siti            # letters, digits, '.', '_', '-'; case-insensitive
 *     role: unit                # unit or admin
 *     unit: lalin               # the unit whose cases the user works (role unit only)
 *     passwordHash: "$2y$12$…"  # from `aduan console hash-password`
 * apiKeys:
 *   - name: lalin-helpdesk      # shows in CaseUpdate.actor as api:lalin-helpdesk
 *     unit: lalin
 *     keyHash: "sha256:…"       # from `aduan console api-key`
 * </pre>
 *
 * A file with any problem is refused as a whole, with every problem and the entry it is in.
 */
public final class UserDirectory {
  public record User(String username, Role role, String unitId, String passwordHash) {
    public Principal principal() {
      return new Principal(username, role, unitId);
    }
  }

  private static final String NAME = "[a-z0-9][a-z0-9._-]{0,63}";
  private static final String UNIT = "[a-z0-9][a-z0-9-]{0,63}";

  private final Map<String, User> users;
  private final Map<String, Principal> apiKeys;

  private UserDirectory(Map<String, User> users, Map<String, Principal> apiKeys) {
    this.users = Map.copyOf(users);
    this.apiKeys = Map.copyOf(apiKeys);
  }

  public static UserDirectory load(Path file) throws IOException {
    return parse(Files.readString(file), file.toString());
  }

  public static UserDirectory parse(String yaml, String source) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (IOException e) {
      throw new IllegalArgumentException(source + " is not valid YAML: " + e.getMessage());
    }
    List<String> problems = new ArrayList<>();
    Map<String, User> users = new HashMap<>();
    Map<String, Principal> keys = new HashMap<>();
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + " must be a mapping with a users: list");
    }
    int i = 0;
    for (JsonNode entry : root.path("users")) {
      String where = "users[" + i++ + "]";
      String name = text(entry, "username").toLowerCase(Locale.ROOT);
      String role = text(entry, "role").toLowerCase(Locale.ROOT);
      String unit = text(entry, "unit");
      String hash = text(entry, "passwordHash");
      if (!name.matches(NAME)) {
        problems.add(where + ": username must be 1-64 letters, digits, '.', '_' or '-'");
      } else if (users.containsKey(name)) {
        problems.add(where + ": username " + name + " appears twice");
      }
      Role parsed = role(role, unit, where, problems);
      if (!Passwords.looksLikeHash(hash)) {
        problems.add(where + ": passwordHash must be a bcrypt hash ($2y$…, 60 characters); make one with `aduan console hash-password`");
      }
      if (parsed != null) {
        users.put(name, new User(name, parsed, parsed == Role.UNIT ? unit : null, hash));
      }
    }
    i = 0;
    for (JsonNode entry : root.path("apiKeys")) {
      String where = "apiKeys[" + i++ + "]";
      String name = text(entry, "name");
      String unit = text(entry, "unit");
      String hash = text(entry, "keyHash");
      if (!name.matches(NAME)) {
        problems.add(where + ": name must be 1-64 lower-case letters, digits, '.', '_' or '-'");
      }
      if (!unit.matches(UNIT)) {
        problems.add(where + ": unit must be a unit id");
      }
      if (!ApiKeys.looksLikeHash(hash)) {
        problems.add(where + ": keyHash must be sha256:<64 hex digits>; make one with `aduan console api-key`");
      } else if (keys.put(hash, new Principal("api:" + name, Role.UNIT, unit)) != null) {
        problems.add(where + ": the same key appears twice");
      }
    }
    if (users.isEmpty() && keys.isEmpty() && problems.isEmpty()) {
      problems.add("no users and no apiKeys: nobody could sign in");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(source + " is refused:\n  " + String.join("\n  ", problems));
    }
    return new UserDirectory(users, keys);
  }

  private static Role role(String role, String unit, String where, List<String> problems) {
    switch (role) {
      case "unit" -> {
        if (!unit.matches(UNIT)) {
          problems.add(where + ": a unit user needs unit: <unit id>");
          return null;
        }
        return Role.UNIT;
      }
      case "admin" -> {
        if (!unit.isEmpty()) {
          problems.add(where + ": an admin belongs to no unit (remove unit:)");
          return null;
        }
        return Role.ADMIN;
      }
      default -> {
        problems.add(where + ": role must be unit or admin");
        return null;
      }
    }
  }

  private static String text(JsonNode entry, String field) {
    JsonNode value = entry.get(field);
    return value == null || value.isNull() ? "" : value.asText().trim();
  }

  public Optional<User> user(String username) {
    return Optional.ofNullable(username == null ? null : users.get(username.trim().toLowerCase(Locale.ROOT)));
  }

  /** The client of an API key, found by the key's hash. */
  public Optional<Principal> apiClient(String key) {
    return key == null || key.isBlank() ? Optional.empty() : Optional.ofNullable(apiKeys.get(ApiKeys.hash(key.trim())));
  }

  public int userCount() {
    return users.size();
  }
}
