package id.aduan.text.classify;

/**
 * How to train a model.
 *
 * @param features which features to extract
 * @param epochs passes over the training data
 * @param learningRate AdaGrad's base step
 * @param l2 L2 penalty per update on the weights an example touches
 * @param balanced weight each class by the inverse of its frequency, which trades a little accuracy for
 *     macro-F1 when some categories are rare
 * @param validationFraction share of the data held out to fit the confidence temperature and measure the
 *     model before the final fit on all data; 0 skips calibration
 * @param seed makes shuffling, splitting and so the whole model reproducible
 */
public record TrainingOptions(
    FeatureSpec features, int epochs, double learningRate, double l2, boolean balanced, double validationFraction, long seed) {

  public TrainingOptions {
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1");
    }
    if (learningRate <= 0 || l2 < 0) {
      throw new IllegalArgumentException("learning rate must be positive and l2 not negative");
    }
    if (validationFraction < 0 || validationFraction >= 0.5) {
      throw new IllegalArgumentException("validation fraction must be within [0, 0.5)");
    }
  }

  public static TrainingOptions defaults() {
    return new TrainingOptions(FeatureSpec.standard(), 12, 0.2, 1e-6, true, 0.15, 42L);
  }

  public TrainingOptions withSeed(long s) {
    return new TrainingOptions(features, epochs, learningRate, l2, balanced, validationFraction, s);
  }

  public TrainingOptions withEpochs(int e) {
    return new TrainingOptions(features, e, learningRate, l2, balanced, validationFraction, seed);
  }

  public TrainingOptions withFeatures(FeatureSpec f) {
    return new TrainingOptions(f, epochs, learningRate, l2, balanced, validationFraction, seed);
  }

  public TrainingOptions withValidationFraction(double v) {
    return new TrainingOptions(features, epochs, learningRate, l2, balanced, v, seed);
  }
}
