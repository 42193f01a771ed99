package id.aduan.text;

import id.aduan.text.classify.RawFeatures;
import id.aduan.text.classify.TextClassifier;
import id.aduan.text.normalize.TextNormalizer;
import id.aduan.text.pii.MaskedText;
import id.aduan.text.pii.PiiMasker;
import id.aduan.text.sentiment.SentimentAnalyzer;
import id.aduan.text.urgency.UrgencyAssessor;
import java.util.Objects;

/**
 * The whole text path a complaint takes before any unit reads it: mask personal data, normalise once,
 * then classify the category, rate the urgency and read the sentiment from that one normalised text.
 * Thread-safe; build one per model and share it.
 */
public final class TextEngine {

  private final PiiMasker masker;
  private final TextNormalizer normalizer;
  private final TextClassifier categories;
  private final UrgencyAssessor urgency;
  private final SentimentAnalyzer sentiment;
  private final boolean sharedFeatures;

  public TextEngine(
      PiiMasker masker, TextNormalizer normalizer, TextClassifier categories, UrgencyAssessor urgency, SentimentAnalyzer sentiment) {
    this.masker = Objects.requireNonNull(masker);
    this.normalizer = Objects.requireNonNull(normalizer);
    this.categories = Objects.requireNonNull(categories);
    this.urgency = Objects.requireNonNull(urgency);
    this.sentiment = Objects.requireNonNull(sentiment);
    // tokenising and hashing is most of a model's cost; two models reading the same n-grams share it
    this.sharedFeatures = categories.sharesFeaturePassWith(sentiment.model());
  }

  /** The engine with the shipped lexicons, urgency rules and sentiment model, and the given category model. */
  public static TextEngine withCategoryModel(TextClassifier categories) {
    return new TextEngine(new PiiMasker(), TextNormalizer.standard(), categories, UrgencyAssessor.standard(), SentimentAnalyzer.standard());
  }

  public TextClassifier categoryModel() {
    return categories;
  }

  public TextAnalysis analyze(String text) {
    MaskedText masked = masker.mask(text);
    String normalized = normalizer.normalize(masked.text());
    if (sharedFeatures) {
      RawFeatures raw = categories.rawFeatures(normalized);
      return new TextAnalysis(
          masked, normalized, categories.predictRaw(raw), urgency.assessNormalized(normalized), sentiment.analyzeRaw(raw));
    }
    return new TextAnalysis(
        masked,
        normalized,
        categories.predictNormalized(normalized),
        urgency.assessNormalized(normalized),
        sentiment.analyzeNormalized(normalized));
  }
}
