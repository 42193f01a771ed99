package id.aduan.streams.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Working time of a unit: which days, which hours, in which time zone, minus holidays. SLA deadlines are
 * counted in it, as LAPOR!'s "3 working days" are: a complaint received on Friday evening is not late on
 * Monday morning.
 */
public record WorkingCalendar(
    ZoneId zone, Set<DayOfWeek> workingDays, LocalTime dayStart, LocalTime dayEnd, Set<LocalDate> holidays) {

  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

  public WorkingCalendar {
    workingDays = workingDays.isEmpty() ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : EnumSet.copyOf(workingDays);
    holidays = Set.copyOf(holidays);
    if (!dayEnd.isAfter(dayStart)) {
      throw new IllegalArgumentException("working day must end after it starts: " + dayStart + "–" + dayEnd);
    }
  }

  /** Monday to Friday, 08:00–16:00 Jakarta time, minus Indonesia's national holidays and joint leave. */
  public static WorkingCalendar standard() {
    return standard(Holidays.national());
  }

  /** Monday to Friday, 08:00–16:00 Jakarta time, minus the given days. */
  public static WorkingCalendar standard(Set<LocalDate> holidays) {
    return new WorkingCalendar(DEFAULT_ZONE, Set.of(), LocalTime.of(8, 0), LocalTime.of(16, 0), holidays);
  }

  /**
   * The calendar of a unit as configured, or this deployment's default when the unit has none. The
   * default's holidays (national ones) apply to every unit; a unit's own list adds its local days off.
   */
  public static WorkingCalendar of(id.aduan.event.WorkingCalendar configured, WorkingCalendar fallback) {
    if (configured == null) {
      return fallback;
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    configured.getWorkingDays().forEach(d -> days.add(DayOfWeek.of(d)));
    Set<LocalDate> holidays = new HashSet<>(fallback.holidays());
    holidays.addAll(configured.getHolidays());
    return new WorkingCalendar(
        ZoneId.of(configured.getTimeZone()), days, configured.getDayStart(), configured.getDayEnd(), holidays);
  }

  public Duration workingDay() {
    return Duration.between(dayStart, dayEnd);
  }

  /** The instant when the given amount of working time has passed after {@code start}. */
  public Instant plusWorkingTime(Instant start, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("negative working time: " + amount);
    }
    LocalDateTime cursor = LocalDateTime.ofInstant(start, zone);
    Duration left = amount;
    // a bounded walk: even 1000 working hours is a few hundred days
    for (int day = 0; day < 20_000; day++) {
      LocalDate date = cursor.toLocalDate();
      if (isWorkingDay(date)) {
        LocalTime from = cursor.toLocalTime().isBefore(dayStart) ? dayStart : cursor.toLocalTime();
        if (from.isBefore(dayEnd)) {
          Duration available = Duration.between(from, dayEnd);
          if (left.compareTo(available) <= 0) {
            return ZonedDateTime.of(date, from, zone).plus(left).toInstant();
          }
          left = left.minus(available);
        }
      }
      cursor = date.plusDays(1).atStartOfDay();
    }
    throw new IllegalStateException("no working time in 20,000 days: check the calendar " + this);
  }

  /** Working time deadlines given in hours, as routing rules state them. */
  public Instant plusWorkingHours(Instant start, int hours) {
    return plusWorkingTime(start, Duration.ofHours(hours));
  }

  /** Working time between two instants (zero when {@code to} is not after {@code from}). */
  public Duration workingTimeBetween(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    LocalDateTime cursor = LocalDateTime.ofInstant(from, zone);
    LocalDateTime end = LocalDateTime.ofInstant(to, zone);
    Duration total = Duration.ZERO;
    while (!cursor.toLocalDate().isAfter(end.toLocalDate())) {
      LocalDate date = cursor.toLocalDate();
      if (isWorkingDay(date)) {
        LocalTime start = cursor.toLocalTime().isBefore(dayStart) ? dayStart : cursor.toLocalTime();
        LocalTime stop = date.equals(end.toLocalDate()) && end.toLocalTime().isBefore(dayEnd) ? end.toLocalTime() : dayEnd;
        if (stop.isAfter(start)) {
          total = total.plus(Duration.between(start, stop));
        }
      }
      cursor = date.plusDays(1).atStartOfDay();
    }
    return total;
  }

  public boolean isWorkingDay(LocalDate date) {
    return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }
}
