package id.aduan.streams.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
  private final WorkingCalendar standard = WorkingCalendar.standard();

  @Test
  void countsOnlyWorkingHoursOfWorkingDays() {
    // Friday 27 Nov 2026 15:00 WIB + 3 h = Monday 10:00 WIB
    assertEquals(Instant.parse("2026-11-30T03:00:00Z"),
        standard.plusWorkingHours(Instant.parse("2026-11-27T08:00:00Z"), 3));
  }

  @Test
  void aComplaintAtNightStartsTheClockNextMorning() {
    // Tuesday 01 Dec 2026 22:00 WIB + 1 h = Wednesday 09:00 WIB
    assertEquals(Instant.parse("2026-12-02T02:00:00Z"),
        standard.plusWorkingHours(Instant.parse("2026-12-01T15:00:00Z"), 1));
  }

  @Test
  void fiveWorkingDaysFromAMondayMorningEndOnFridayEvening() {
    // Monday 30 Nov 2026 08:00 WIB + 40 h = Friday 04 Dec 16:00 WIB
    assertEquals(Instant.parse("2026-12-04T09:00:00Z"),
        standard.plusWorkingHours(Instant.parse("2026-11-30T01:00:00Z"), 40));
  }

  @Test
  void holidaysAndTheUnitsOwnTimeZoneAndDaysCount() {
    WorkingCalendar makassar = new WorkingCalendar(ZoneId.of("Asia/Makassar"),
        Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
        LocalTime.of(7, 30), LocalTime.of(15, 30), Set.of(LocalDate.of(2026, 12, 25)));
    // Thursday 24 Dec 2026 15:00 WITA + 1 h: 30 min left on Thursday, Christmas off, 30 min on Saturday
    assertEquals(Instant.parse("2026-12-26T00:00:00Z"),
        makassar.plusWorkingHours(Instant.parse("2026-12-24T07:00:00Z"), 1));
  }

  @Test
  void aDayThatEndsBeforeItStartsIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new WorkingCalendar(ZoneId.of("Asia/Jakarta"), Set.of(), LocalTime.of(16, 0), LocalTime.of(8, 0), Set.of()));
  }

  @Test
  void theStandardCalendarSkipsNationalHolidaysAndJointLeave() {
    // Thursday 24 Dec 2026 is joint leave and Friday 25 Dec Christmas: Wednesday 15:00 WIB + 2 h = Monday 09:00 WIB
    assertEquals(Instant.parse("2026-12-28T02:00:00Z"),
        standard.plusWorkingHours(Instant.parse("2026-12-23T08:00:00Z"), 2));
    assertTrue(standard.holidays().contains(LocalDate.of(2025, 8, 18)), "joint leave of the 80th Independence Day");
  }

  @Test
  void workingTimeBetweenIsTheInverseOfAddingIt() {
    Instant friday = Instant.parse("2026-11-27T08:00:00Z");
    for (int hours : new int[] {1, 3, 8, 40, 100}) {
      Instant due = standard.plusWorkingHours(friday, hours);
      assertEquals(Duration.ofHours(hours), standard.workingTimeBetween(friday, due), hours + " h");
    }
    assertEquals(Duration.ZERO, standard.workingTimeBetween(friday, friday.minusSeconds(1)));
    // Saturday and Sunday count nothing
    assertEquals(Duration.ZERO, standard.workingTimeBetween(
        Instant.parse("2026-11-28T01:00:00Z"), Instant.parse("2026-11-29T12:00:00Z")));
  }

  @Test
  void aUnitsOwnHolidaysAddToTheNationalOnes() {
    var configured = id.aduan.event.WorkingCalendar.newBuilder()
        .setHolidays(List.of(LocalDate.of(2026, 12, 1)))
        .build();
    WorkingCalendar unit = WorkingCalendar.of(configured, standard);
    assertTrue(unit.holidays().contains(LocalDate.of(2026, 12, 1)));
    assertTrue(unit.holidays().contains(LocalDate.of(2026, 12, 25)));
  }

  @Test
  void aHolidayFileWithABadDateIsRefusedWithItsLine() throws IOException {
    String file = "# comment\ndate,kind,name\n2027-01-01,libur,Tahun Baru\n2027-02-30,libur,Tidak ada\n";
    var e = assertThrows(IllegalArgumentException.class, () -> Holidays.read(new StringReader(file), "my.csv"));
    assertEquals("my.csv: line 4: \"2027-02-30\" is not a date (yyyy-MM-dd)", e.getMessage());
    assertEquals(Set.of(LocalDate.of(2027, 1, 1)),
        Holidays.read(new StringReader("2027-01-01,libur,Tahun Baru\n"), "ok.csv"));
  }
}
