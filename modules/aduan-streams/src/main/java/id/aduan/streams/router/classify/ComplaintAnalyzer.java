package id.aduan.streams.router.classify;

import id.aduan.event.Attachment;
import id.aduan.event.CategoryScore;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.Location;
import id.aduan.event.Sentiment;
import id.aduan.event.Urgency;
import id.aduan.text.TextAnalysis;
import id.aduan.text.classify.Prediction;
import id.aduan.text.normalize.TextNormalizer;
import id.aduan.text.pii.MaskedText;
import id.aduan.text.pii.PiiMasker;
import id.aduan.text.urgency.UrgencyReason;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A received complaint as units may see it: the text engine's masking, category with calibrated confidence
 * and runners-up, urgency with its reason and sentiment. Every other string a citizen or a channel wrote
 * and that travels on (title, address, each attachment's URL, caption, media type and hash, service code,
 * language hint) goes through the same masker here, and nowhere else: only masked text leaves this class.
 * Thread-safe.
 */
public final class ComplaintAnalyzer {
  private static final String DEFAULT_LANGUAGE = "id";
  private final PiiMasker masker;
  private final TextNormalizer normalizer;

  public ComplaintAnalyzer(PiiMasker masker, TextNormalizer normalizer) {
    this.masker = masker;
    this.normalizer = normalizer;
  }

  /** With the shipped masker and lexicons. */
  public static ComplaintAnalyzer standard() {
    return new ComplaintAnalyzer(new PiiMasker(), TextNormalizer.standard());
  }

  public TextNormalizer normalizer() {
    return normalizer;
  }

  /** A text as it may be kept or shown: personal data replaced by the masker's tokens. */
  public String masked(String text) {
    return text == null ? null : masker.mask(text).text();
  }

  public ComplaintClassified analyze(ComplaintReceived received, LoadedModel model, Instant now) {
    TextAnalysis analysis = model.engine().analyze(received.getText());
    MaskedText title = received.getTitle() == null ? null : masker.mask(received.getTitle());
    Set<id.aduan.text.pii.PiiType> found = EnumSet.noneOf(id.aduan.text.pii.PiiType.class);
    found.addAll(analysis.masked().types());
    if (title != null) {
      found.addAll(title.types());
    }
    Prediction prediction = analysis.category();
    UrgencyReason reason = analysis.urgency().mainReason();
    return ComplaintClassified.newBuilder()
        .setComplaintId(received.getComplaintId())
        .setEventTime(now)
        .setReceivedAt(received.getReceivedAt())
        .setChannel(received.getChannel())
        .setServiceCode(masked(received.getServiceCode()))
        .setMaskedTitle(title == null ? null : title.text())
        .setMaskedText(analysis.masked().text())
        .setPiiTypes(PiiTypes.toEvent(found))
        .setLanguage(received.getLanguageHint() == null ? DEFAULT_LANGUAGE : masked(received.getLanguageHint()))
        .setCategory(prediction.label())
        .setConfidence(prediction.confidence())
        .setCandidates(candidates(prediction))
        .setUrgency(Urgency.valueOf(analysis.urgency().level().name()))
        .setUrgencyReason(reason == null ? null : reason.rule() + ": " + reason.matched())
        .setSentiment(Sentiment.valueOf(analysis.sentiment().sentiment().name()))
        .setModelVersion(model.version())
        .setLocation(maskedLocation(received.getLocation()))
        .setAttachments(received.getAttachments().stream().map(this::maskedAttachment).toList())
        .setAnonymous(received.getReporter() != null && received.getReporter().getAnonymous())
        .setConfidential(received.getReporter() != null && received.getReporter().getConfidential())
        .build();
  }

  private Location maskedLocation(Location location) {
    if (location == null || location.getAddress() == null) {
      return location;
    }
    return Location.newBuilder(location).setAddress(masked(location.getAddress())).build();
  }

  /** Captions and links carry names and numbers too (an Open311 media_url arrives here as a URL). */
  private Attachment maskedAttachment(Attachment attachment) {
    return Attachment.newBuilder(attachment)
        .setUrl(masked(attachment.getUrl()))
        .setDescription(masked(attachment.getDescription()))
        .setMediaType(masked(attachment.getMediaType()))
        .setSha256(masked(attachment.getSha256()))
        .build();
  }

  private static List<CategoryScore> candidates(Prediction prediction) {
    return prediction.candidates().stream()
        .map(c -> new CategoryScore(c.label(), c.probability()))
        .toList();
  }
}
