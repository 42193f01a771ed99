package id.aduan.app.serve;

import id.aduan.streams.sla.Holidays;
import id.aduan.streams.sla.WorkingCalendar;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The working calendar SLA deadlines are counted in, shared by the router and the tracker. */
public final class CalendarOptions {
  @Option(names = "--holidays", paramLabel = "FILE", defaultValue = "${env:ADUAN_HOLIDAYS}",
      description = {
        "Days off besides weekends, a CSV of date,kind,name lines (default: $ADUAN_HOLIDAYS, else Indonesia's",
        "national holidays and joint leave 2025-2027 as shipped). Units' own holidays add to these."
      })
  Path holidays;

  /** Monday to Friday 08:00-16:00 Asia/Jakarta without the holidays; a bad file fails with its line. */
  public WorkingCalendar defaultCalendar() {
    return holidays == null ? WorkingCalendar.standard() : WorkingCalendar.standard(Holidays.fromFile(holidays));
  }
}
