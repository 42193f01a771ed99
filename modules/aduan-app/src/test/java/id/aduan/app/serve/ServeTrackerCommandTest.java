package id.aduan.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.app.Aduan;
import id.aduan.streams.tracker.TrackerSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The tracker's options: documented in --help, and turned into the settings the job runs with. */
class ServeTrackerCommandTest {

  @Test
  void helpNamesEveryOption() {
    StringWriter out = new StringWriter();
    CommandLine command = Aduan.commandLine();
    command.setOut(new PrintWriter(out, true));
    assertEquals(0, command.execute("serve", "tracker", "--help"));
    for (String option : new String[] {"--bootstrap-servers", "--state-dir", "--holidays", "--punctuate-interval",
        "--reopen-window", "--escalation-level2-after", "--manual-first-response", "--manual-resolution"}) {
      assertTrue(out.toString().contains(option), option + " missing from\n" + out);
    }
  }

  @Test
  void optionsReplaceTheDefaults(@TempDir Path dir) throws Exception {
    Path holidays = Files.writeString(dir.resolve("days.csv"), "date,kind,name\n2030-01-02,libur,Hari kantor\n");
    ServeTrackerCommand command = new ServeTrackerCommand();
    new CommandLine(command).parseArgs("--holidays", holidays.toString(), "--punctuate-interval", "PT5S",
        "--reopen-window", "P3D", "--escalation-level2-after", "PT8H");
    TrackerSettings settings = command.settings();
    assertEquals(Duration.ofSeconds(5), settings.punctuateInterval());
    assertEquals(Duration.ofDays(3), settings.reopenWindow());
    assertEquals(Duration.ofHours(8), settings.escalationLevel2After());
    assertEquals(TrackerSettings.DEFAULT_MANUAL_RESOLUTION, settings.manualResolution());
    assertTrue(settings.defaultCalendar().holidays().contains(LocalDate.of(2030, 1, 2)));
    assertEquals(1, settings.defaultCalendar().holidays().size(), "the file replaces the shipped list");
  }
}
