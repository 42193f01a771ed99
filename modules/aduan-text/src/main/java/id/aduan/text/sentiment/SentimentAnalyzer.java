package id.aduan.text.sentiment;

import id.aduan.text.classify.ModelFile;
import id.aduan.text.classify.Prediction;
import id.aduan.text.classify.RawFeatures;
import id.aduan.text.classify.TextClassifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Negative, neutral or positive, from the sentiment model shipped with this module (trained on SmSA and
 * NusaX, see {@link SentimentTraining} and the resources README for attribution). Thread-safe.
 */
public final class SentimentAnalyzer {

  public static final String MODEL_RESOURCE = "sentiment.model";

  private final TextClassifier model;

  public SentimentAnalyzer(TextClassifier model) {
    for (String label : model.labels()) {
      Sentiment.fromLabel(label);
    }
    this.model = model;
  }

  public static SentimentAnalyzer standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final SentimentAnalyzer STANDARD = new SentimentAnalyzer(loadShippedModel());
  }

  public static TextClassifier loadShippedModel() {
    try (InputStream in = SentimentAnalyzer.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("shipped sentiment model missing: " + MODEL_RESOURCE);
      }
      return ModelFile.read(in, "classpath:" + MODEL_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public TextClassifier model() {
    return model;
  }

  public SentimentResult analyze(String text) {
    return toResult(model.predict(text));
  }

  public SentimentResult analyzeNormalized(String normalized) {
    return toResult(model.predictNormalized(normalized));
  }

  /** From features collected for a model that shares a feature pass with this one. */
  public SentimentResult analyzeRaw(RawFeatures raw) {
    return toResult(model.predictRaw(raw));
  }

  private static SentimentResult toResult(Prediction p) {
    return new SentimentResult(Sentiment.fromLabel(p.label()), p.confidence());
  }
}
