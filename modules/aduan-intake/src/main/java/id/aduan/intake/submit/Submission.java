package id.aduan.intake.submit;

import id.aduan.event.Attachment;
import id.aduan.event.Channel;
import id.aduan.event.Location;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A complaint a channel adapter has parsed and validated, before it gets its ids. {@code channelMessageId}
 * is the channel's own message id or the client's idempotency key; null means the client gave none and
 * the complaint is never matched with another.
 */
public record Submission(
    Channel channel,
    String channelMessageId,
    String adapterId,
    Instant eventTime,
    String title,
    String text,
    String languageHint,
    String serviceCode,
    Map<String, String> attributes,
    ReporterInput reporter,
    Location location,
    List<Attachment> attachments,
    String sourceUrl) {

  public Submission {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(text, "text");
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    reporter = reporter == null ? ReporterInput.NONE : reporter;
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  public static Submission of(Channel channel, String channelMessageId, String adapterId, String text) {
    return new Submission(channel, channelMessageId, adapterId, null, null, text, null, null, null, null, null, null, null);
  }

  /** The idempotency key, or null when the client gave none. */
  public String idempotencyKey() {
    return channelMessageId == null ? null : channel.name() + ":" + channelMessageId;
  }

  public Submission withReporter(ReporterInput newReporter) {
    return new Submission(channel, channelMessageId, adapterId, eventTime, title, text, languageHint, serviceCode,
        attributes, newReporter, location, attachments, sourceUrl);
  }

  public Submission withLocation(Location newLocation) {
    return new Submission(channel, channelMessageId, adapterId, eventTime, title, text, languageHint, serviceCode,
        attributes, reporter, newLocation, attachments, sourceUrl);
  }

  public Submission withEventTime(Instant time) {
    return new Submission(channel, channelMessageId, adapterId, time, title, text, languageHint, serviceCode,
        attributes, reporter, location, attachments, sourceUrl);
  }

  public Submission withSourceUrl(String url) {
    return new Submission(channel, channelMessageId, adapterId, eventTime, title, text, languageHint, serviceCode,
        attributes, reporter, location, attachments, url);
  }

  public Submission withServiceCode(String code) {
    return new Submission(channel, channelMessageId, adapterId, eventTime, title, text, languageHint, code,
        attributes, reporter, location, attachments, sourceUrl);
  }

  public Submission withDetails(String newTitle, String language, Map<String, String> newAttributes, List<Attachment> newAttachments) {
    return new Submission(channel, channelMessageId, adapterId, eventTime, newTitle, text, language, serviceCode,
        newAttributes, reporter, location, newAttachments, sourceUrl);
  }
}
