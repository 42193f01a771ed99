package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.console.auth.ApiKeys;
import id.aduan.console.auth.Passwords;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import id.aduan.testkit.WithKafka;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's operator commands and the start-up checks of `aduan serve console`. */
@WithKafka
class ConsoleCommandsTest {
  private final KafkaCluster kafka;
  private final SchemaRegistry registry;

  ConsoleCommandsTest(KafkaCluster kafka, SchemaRegistry registry) {
    this.kafka = kafka;
    this.registry = registry;
  }

  @Test
  void hashPasswordReadsThePasswordFromStandardInputAndPrintsABcryptHash() {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream("sandi-yang-panjang\n".getBytes(StandardCharsets.UTF_8)));
      CommandRun run = CommandRun.of("console", "hash-password", "--cost", "10");
      assertEquals(0, run.exitCode(), run.err());
      String hash = run.out().trim();
      assertTrue(hash.startsWith("$2y$10$"), hash);
      assertTrue(Passwords.matches(hash, "sandi-yang-panjang"));
      System.setIn(new ByteArrayInputStream("pendek\n".getBytes(StandardCharsets.UTF_8)));
      CommandRun tooShort = CommandRun.of("console", "hash-password", "--cost", "10");
      assertEquals(1, tooShort.exitCode());
      assertTrue(tooShort.err().contains("at least 10 characters"), tooShort.err());
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void apiKeyPrintsANewKeyWithTheHashForTheUsersFile() {
    CommandRun run = CommandRun.of("console", "api-key");
    assertEquals(0, run.exitCode());
    String key = run.out().lines().filter(l -> l.startsWith("key:")).findFirst().orElseThrow().substring(4).trim();
    String hash = run.out().lines().filter(l -> l.startsWith("keyHash:")).findFirst().orElseThrow().substring(8).trim();
    assertEquals(ApiKeys.hash(key), hash);
  }

  @Test
  void serveConsoleRefusesAUsersFileWithAPlainPassword(@TempDir Path dir) throws Exception {
    Path users = Files.writeString(dir.resolve("users.yaml"),
        "users:\n  - {username: siti, role: unit, unit: lalin, passwordHash: rahasia-siti}\n");
    CommandRun run = CommandRun.of("serve", "console", "--users", users.toString(),
        "--bootstrap-servers", kafka.bootstrapServers(), "--registry-url", registry.url());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("users[0]: passwordHash must be a bcrypt hash"), run.err());
  }

  @Test
  void serveConsoleSaysWhichTopicsAreMissing(@TempDir Path dir) throws Exception {
    Path users = Files.writeString(dir.resolve("users.yaml"),
        "users:\n  - {username: admin, role: admin, passwordHash: \"" + Passwords.hash("sandi-admin-1", 4) + "\"}\n");
    CommandRun run = CommandRun.of("serve", "console", "--users", users.toString(), "--port", "0",
        "--bootstrap-servers", kafka.bootstrapServers(), "--registry-url", registry.url(),
        "--prefix", KafkaCluster.uniqueName("absent") + ".");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("do not exist: create them with `aduan topics sync`"), run.err());
    assertTrue(run.err().contains("training.labels"), run.err());
  }
}
