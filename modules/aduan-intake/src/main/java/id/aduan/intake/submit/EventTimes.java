package id.aduan.intake.submit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The window in which intake believes the time a client claims for its message: no older than
 * {@code maxAge} and no further ahead than {@code maxAhead} of the moment the message arrives. Outside it (a
 * wrong clock, a made-up or overflowing value) the complaint is still filed, with its arrival time as event
 * time and the claimed time kept in the attribute {@value #CLAIMED_ATTRIBUTE}: the message is real even when
 * its timestamp is not, and a time far outside the window would break every reader's arithmetic (Avro's
 * timestamp-millis alone overflows beyond ±292 million years).
 */
public record EventTimes(Duration maxAge, Duration maxAhead) {
  /** Attribute noting a claimed event time that was replaced by the arrival time. */
  public static final String CLAIMED_ATTRIBUTE = "intake.claimed_event_time";

  /** The submission with an event time inside the window around {@code arrival}, or without one. */
  public Submission plausible(Submission s, Instant arrival) {
    Instant claimed = s.eventTime();
    if (claimed == null || (!claimed.isBefore(arrival.minus(maxAge)) && !claimed.isAfter(arrival.plus(maxAhead)))) {
      return s;
    }
    Map<String, String> attributes = new LinkedHashMap<>(s.attributes());
    attributes.put(CLAIMED_ATTRIBUTE, claimed.toString());
    return s.withEventTime(arrival).withDetails(s.title(), s.languageHint(), attributes, s.attachments());
  }

  /**
   * A count of seconds (or milliseconds) since the epoch as a client sent it, of any size: values beyond what
   * an {@link Instant} holds become its first or last instant, which no window accepts.
   */
  public static Instant ofEpoch(BigDecimal amount, boolean millis) {
    BigDecimal seconds = (millis ? amount.movePointLeft(3) : amount)
        .max(BigDecimal.valueOf(Instant.MIN.getEpochSecond())).min(BigDecimal.valueOf(Instant.MAX.getEpochSecond()));
    BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
    return Instant.ofEpochSecond(whole.longValueExact(), seconds.subtract(whole).movePointRight(9).longValue());
  }

  /** The same for a floating-point count, where JSON numbers too large for a double arrive as infinity. */
  public static Instant ofEpoch(double amount, boolean millis) {
    if (Double.isNaN(amount)) {
      return null;
    }
    if (Double.isInfinite(amount)) {
      return amount > 0 ? Instant.MAX : Instant.MIN;
    }
    return ofEpoch(BigDecimal.valueOf(amount), millis);
  }
}
