package id.aduan.text.classify;

import java.util.List;
import java.util.Map;

/**
 * What a model file says about itself: enough to know what it predicts, how it reads text, what it was
 * trained on and how good it was, without loading the weights.
 *
 * @param kind always {@value #KIND}; other kinds of model are refused
 * @param labels the labels in the order of the weight columns
 * @param textPipeline fingerprint of the lexicons, stemmer and code that turned text into words at training
 *     time ({@link id.aduan.text.normalize.TextPipeline})
 * @param temperature softmax temperature fitted on held-out data
 * @param validation metrics on the held-out share (n, accuracy, macroF1, ece), empty without one
 * @param createdAt ISO-8601 instant
 */
public record ModelInfo(
    String kind,
    List<String> labels,
    FeatureSpec features,
    String textPipeline,
    Training training,
    double temperature,
    Map<String, Double> validation,
    String createdAt) {

  public static final String KIND = "aduan-text-classifier";

  /**
   * Provenance of the training run.
   *
   * @param source file name (never a path: model files travel)
   * @param sha256 hash of the training file's bytes
   * @param rows labelled rows used
   * @param textColumn column the texts came from
   * @param labelColumn column the labels came from
   */
  public record Training(
      String source,
      String sha256,
      int rows,
      String textColumn,
      String labelColumn,
      int epochs,
      double learningRate,
      double l2,
      boolean balanced,
      double validationFraction,
      long seed) {}

  public ModelInfo {
    labels = List.copyOf(labels);
    // insertion order is kept so that the same model always serialises to the same bytes
    validation = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(validation));
  }
}
