package id.aduan.console.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UserDirectoryTest {
  private static final String HASH = Passwords.hash("rahasia-lalin-1", 4);

  @Test
  void readsUsersAndApiKeysAndChecksPasswordsAgainstTheirHashes() {
    String key = ApiKeys.generate();
    UserDirectory users = UserDirectory.parse("""
        users:
          - {username: Siti, role: unit, unit: lalin, passwordHash: "%s"}
          - {username: admin, role: admin, passwordHash: "%s"}
        apiKeys:
          - {name: lalin-helpdesk, unit: lalin, keyHash: "%s"}
        """.formatted(HASH, HASH, ApiKeys.hash(key)), "users.yaml");

    UserDirectory.User siti = users.user("siti").orElseThrow();
    assertEquals(new Principal("siti", Role.UNIT, "lalin"), siti.principal());
    assertTrue(Passwords.matches(siti.passwordHash(), "rahasia-lalin-1"));
    assertFalse(Passwords.matches(siti.passwordHash(), "rahasia-lalin-2"));
    assertEquals(Role.ADMIN, users.user("ADMIN").orElseThrow().role());
    assertEquals(new Principal("api:lalin-helpdesk", Role.UNIT, "lalin"), users.apiClient(key).orElseThrow());
    assertTrue(users.apiClient(ApiKeys.generate()).isEmpty());
  }

  @Test
  void refusesAFileWithPlainPasswordsAndSaysWhereEveryProblemIs() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> UserDirectory.parse("""
        users:
          - {username: siti, role: unit, unit: lalin, passwordHash: "rahasia123"}
          - {username: budi, role: unit, passwordHash: "%s"}
          - {username: siti, role: admin, passwordHash: "%s"}
          - {username: rudi, role: boss, passwordHash: "%s"}
        apiKeys:
          - {name: x, unit: lalin, keyHash: "abc"}
        """.formatted(HASH, HASH, HASH), "users.yaml"));
    String message = refused.getMessage();
    assertTrue(message.contains("users[0]: passwordHash must be a bcrypt hash"), message);
    assertTrue(message.contains("users[1]: a unit user needs unit"), message);
    assertTrue(message.contains("users[2]: username siti appears twice"), message);
    assertTrue(message.contains("users[3]: role must be unit or admin"), message);
    assertTrue(message.contains("apiKeys[0]: keyHash must be sha256"), message);
    assertFalse(message.contains("rahasia123"), "a password written by mistake is not repeated: " + message);
  }

  @Test
  void passwordsTooShortOrLongerThanBcryptReadsAreRefusedWhenHashing() {
    assertThrows(IllegalArgumentException.class, () -> Passwords.hash("pendek", 4));
    assertThrows(IllegalArgumentException.class, () -> Passwords.hash("x".repeat(73), 4));
    assertTrue(Passwords.looksLikeHash(Passwords.hash("y".repeat(72), 4)));
  }
}
