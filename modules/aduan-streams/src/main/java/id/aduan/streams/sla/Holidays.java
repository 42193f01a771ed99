package id.aduan.streams.sla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Days off that are not weekends: national holidays and joint leave (cuti bersama) decreed each year, read
 * from a CSV file ({@code date,kind,name}, {@code #} comments, a header line). The shipped file lists
 * Indonesia's days of 2025–2027; an operator replaces it when a decree changes or a new year is published.
 */
public final class Holidays {
  /** The shipped list, a resource of this package. */
  public static final String NATIONAL_RESOURCE = "holidays-id.csv";

  private Holidays() {}

  /** Indonesia's national holidays and joint leave days as shipped. */
  public static Set<LocalDate> national() {
    try (InputStream in = Holidays.class.getResourceAsStream(NATIONAL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the holiday list " + NATIONAL_RESOURCE + " is missing from the jar");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), NATIONAL_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The days of an operator's file, refusing it with every bad line named. */
  public static Set<LocalDate> fromFile(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the holiday file " + file, e);
    }
  }

  static Set<LocalDate> read(Reader source, String name) throws IOException {
    Set<LocalDate> days = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    BufferedReader lines = new BufferedReader(source);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#") || text.startsWith("date,")) {
        continue;
      }
      String date = text.split(",", 2)[0].strip();
      try {
        days.add(LocalDate.parse(date));
      } catch (DateTimeParseException e) {
        problems.add("line " + number + ": \"" + date + "\" is not a date (yyyy-MM-dd)");
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(name + ": " + String.join("; ", problems));
    }
    return days;
  }
}
