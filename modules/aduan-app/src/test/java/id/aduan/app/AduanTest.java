package id.aduan.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AduanTest {

  @Test
  void helpListsTheCommands() {
    CommandRun run = CommandRun.of("--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("Usage: aduan"), run.out());
    assertTrue(run.out().contains("schemas"), run.out());
  }

  @Test
  void noArgumentsShowsUsageRatherThanDoingSomething() {
    CommandRun run = CommandRun.of();
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("Usage: aduan"), run.out());
  }

  @Test
  void unknownCommandIsAUsageErrorNamingIt() {
    CommandRun run = CommandRun.of("frobnicate");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("frobnicate"), run.err());
  }
}
