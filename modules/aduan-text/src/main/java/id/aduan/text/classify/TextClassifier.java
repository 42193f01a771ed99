package id.aduan.text.classify;

import id.aduan.text.normalize.TextNormalizer;
import id.aduan.text.normalize.TextPipeline;
import java.util.List;

/** A trained model: reads raw text (masking it first), returns a calibrated prediction. Thread-safe. */
public final class TextClassifier implements Classifier {

  /** How many candidates a prediction lists. */
  public static final int CANDIDATES = 3;

  private final ModelInfo info;
  private final SoftmaxWeights weights;
  private final FeatureExtractor features;

  public TextClassifier(ModelInfo info, SoftmaxWeights weights) {
    if (info.labels().size() != weights.labels || info.features().dimension() != weights.dimension) {
      throw new IllegalArgumentException("model description does not match its weights");
    }
    this.info = info;
    this.weights = weights;
    this.features = new FeatureExtractor(info.features(), TextNormalizer.standard());
  }

  public ModelInfo info() {
    return info;
  }

  SoftmaxWeights weights() {
    return weights;
  }

  /**
   * Whether this build turns text into words exactly as the build that trained the model did. When not
   * (a lexicon was edited since), the model still works but should be retrained.
   */
  public boolean readsTextAsTrained() {
    return TextPipeline.fingerprint().equals(info.textPipeline());
  }

  @Override
  public List<String> labels() {
    return info.labels();
  }

  @Override
  public Prediction predict(String text) {
    return weights.predict(features.extract(text), info.labels(), CANDIDATES);
  }

  /** Features for this and every model that {@link #sharesFeaturePassWith} it, from one pass over the text. */
  public RawFeatures rawFeatures(String normalized) {
    return features.raw(normalized);
  }

  public Prediction predictRaw(RawFeatures raw) {
    return weights.predict(features.vector(raw), info.labels(), CANDIDATES);
  }

  /** Whether {@link #rawFeatures} of either model can feed {@link #predictRaw} of the other. */
  public boolean sharesFeaturePassWith(TextClassifier other) {
    return features.sharesPassWith(other.features);
  }

  /** For callers that masked and normalised the text already (the engine does both once for all its stages). */
  public Prediction predictNormalized(String normalized) {
    return weights.predict(features.extractNormalized(normalized), info.labels(), CANDIDATES);
  }
}
