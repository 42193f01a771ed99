package id.aduan.text.training;

import id.aduan.text.classify.FeatureExtractor;
import id.aduan.text.classify.LabelledText;
import id.aduan.text.classify.ModelInfo;
import id.aduan.text.classify.SoftmaxRegression;
import id.aduan.text.classify.SoftmaxWeights;
import id.aduan.text.classify.SparseVector;
import id.aduan.text.classify.TextClassifier;
import id.aduan.text.classify.TrainingOptions;
import id.aduan.text.classify.TrainingProgress;
import id.aduan.text.eval.DatasetSplit;
import id.aduan.text.eval.EvaluationReport;
import id.aduan.text.eval.ModelEvaluator;
import id.aduan.text.io.LabelledCsv;
import id.aduan.text.normalize.TextNormalizer;
import id.aduan.text.normalize.TextPipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Trains a {@link TextClassifier} from labelled texts in two fits: first on all but a held-out share, to
 * fit the confidence temperature and measure the model on data it has not seen; then on everything, keeping
 * that temperature. The model file records both the provenance and those held-out metrics.
 */
public final class ModelTrainer {

  /** Where the training data came from, as recorded in the model file. */
  public record Source(String name, String sha256, String textColumn, String labelColumn) {}

  private ModelTrainer() {}

  public static TextClassifier train(Path csv, String textColumn, String labelColumn, LabelledCsv.Format format,
      TrainingOptions options, Instant createdAt, TrainingProgress progress) throws IOException {
    LabelledCsv data = LabelledCsv.read(csv, textColumn, labelColumn, format);
    Source source = new Source(csv.getFileName().toString(), data.sha256(), textColumn, labelColumn);
    return train(data.rows(), source, options, createdAt, progress);
  }

  public static TextClassifier train(
      List<LabelledText> data, Source source, TrainingOptions options, Instant createdAt, TrainingProgress progress) {
    List<String> labels = List.copyOf(new TreeSet<>(data.stream().map(LabelledText::label).toList()));
    if (labels.size() < 2) {
      throw new IllegalArgumentException("training needs at least two labels, found " + labels);
    }
    FeatureExtractor features = new FeatureExtractor(options.features(), TextNormalizer.standard());
    double temperature = 1;
    Map<String, Double> validation = new LinkedHashMap<>();
    if (options.validationFraction() > 0) {
      DatasetSplit split = DatasetSplit.stratified(data, options.validationFraction(), options.seed());
      Encoded fit = Encoded.of(split.train(), labels, features);
      Encoded held = Encoded.of(split.test(), labels, features);
      SoftmaxWeights weights = SoftmaxRegression.train(
          fit.vectors, fit.labels, labels.size(), options.features().dimension(), options, "validation fit", progress);
      SoftmaxWeights calibrated = weights.calibratedOn(held.vectors, held.labels);
      temperature = calibrated.temperature();
      EvaluationReport report = held.evaluate(calibrated, labels);
      validation.put("n", (double) report.n());
      validation.put("accuracy", report.accuracy());
      validation.put("macroF1", report.macroF1());
      validation.put("ece", report.expectedCalibrationError());
      validation.put("shareBelowThreshold", report.shareBelowThreshold());
    }
    Encoded all = Encoded.of(data, labels, features);
    SoftmaxWeights weights = SoftmaxRegression.train(
        all.vectors, all.labels, labels.size(), options.features().dimension(), options, "final fit", progress);
    ModelInfo.Training training = new ModelInfo.Training(source.name(), source.sha256(), data.size(), source.textColumn(),
        source.labelColumn(), options.epochs(), options.learningRate(), options.l2(), options.balanced(),
        options.validationFraction(), options.seed());
    ModelInfo info = new ModelInfo(ModelInfo.KIND, labels, options.features(), TextPipeline.fingerprint(), training, temperature, validation, createdAt.toString());
    return new TextClassifier(info, weights.calibratedTo(temperature));
  }

  private record Encoded(List<SparseVector> vectors, int[] labels) {
    static Encoded of(List<LabelledText> rows, List<String> labelNames, FeatureExtractor features) {
      List<SparseVector> vectors = new ArrayList<>(rows.size());
      int[] ys = new int[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        vectors.add(features.extract(rows.get(i).text()));
        ys[i] = labelNames.indexOf(rows.get(i).label());
      }
      return new Encoded(vectors, ys);
    }

    EvaluationReport evaluate(SoftmaxWeights weights, List<String> labelNames) {
      int n = vectors.size();
      int[] predicted = new int[n];
      double[] confidence = new double[n];
      for (int i = 0; i < n; i++) {
        double[] p = weights.probabilities(vectors.get(i));
        int best = 0;
        for (int k = 1; k < p.length; k++) {
          if (p[k] > p[best]) {
            best = k;
          }
        }
        predicted[i] = best;
        confidence[i] = p[best];
      }
      return EvaluationReport.of(labelNames, labels, predicted, confidence, ModelEvaluator.DEFAULT_THRESHOLD);
    }
  }
}
