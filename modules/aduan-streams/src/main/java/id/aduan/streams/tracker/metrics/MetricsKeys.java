package id.aduan.streams.tracker.metrics;

import id.aduan.event.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The readable keys of {@code metrics.units}: {@code <period type>:<period>|<unit>|<category>|<channel>},
 * e.g. {@code day:2026-11-29|lalin|lampu_lalu_lintas|WEB} or {@code month:2026-11|-|-|SMS}. A missing unit
 * or category is written {@code -}; in a unit or category, {@code %}, {@code |} and a lone {@code -} are
 * percent-encoded so that every key splits back into its parts.
 */
public final class MetricsKeys {
  static final String NONE = "-";

  private MetricsKeys() {}

  /** A day or a month of the agency's calendar, with its bounds in UTC millis (end exclusive). */
  public record Period(String type, String label, long start, long end) {
    public static final String DAY = "day";
    public static final String MONTH = "month";

    /** The day containing {@code at} in {@code zone}. */
    public static Period dayOf(long at, ZoneId zone) {
      LocalDate day = Instant.ofEpochMilli(at).atZone(zone).toLocalDate();
      return new Period(DAY, day.toString(), startOf(day, zone), startOf(day.plusDays(1), zone));
    }

    /** The month containing {@code at} in {@code zone}. */
    public static Period monthOf(long at, ZoneId zone) {
      YearMonth month = YearMonth.from(Instant.ofEpochMilli(at).atZone(zone));
      return new Period(MONTH, month.toString(), startOf(month.atDay(1), zone),
          startOf(month.plusMonths(1).atDay(1), zone));
    }

    private static long startOf(LocalDate day, ZoneId zone) {
      return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }
  }

  /** The unit, category and channel part of a key. */
  public static String dimensions(String unitId, String category, Channel channel) {
    return part(unitId) + "|" + part(category) + "|" + channel.name();
  }

  /** The full key of one period and dimensions. */
  public static String key(Period period, String dimensions) {
    return period.type() + ":" + period.label() + "|" + dimensions;
  }

  private static String part(String value) {
    if (value == null) {
      return NONE;
    }
    if (value.equals(NONE)) {
      return "%2D";
    }
    return value.replace("%", "%25").replace("|", "%7C");
  }
}
