package id.aduan.text.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * How well predictions matched the truth: accuracy, macro-F1 (every label counts the same, however rare),
 * per-label precision/recall/F1, the confusion matrix (rows: true label, columns: predicted), and how
 * honest the confidences were: the share of predictions under the triage threshold, the accuracy of those
 * above it, the expected calibration error and a reliability table.
 */
public record EvaluationReport(
    int n,
    double accuracy,
    double macroF1,
    List<ClassMetrics> perClass,
    List<String> labels,
    int[][] confusion,
    double threshold,
    double shareBelowThreshold,
    double accuracyAboveThreshold,
    double expectedCalibrationError,
    List<ReliabilityBin> reliability) {

  public record ClassMetrics(String label, int support, double precision, double recall, double f1) {}

  /** Predictions whose confidence fell in {@code [from, to)}: how sure the model said it was vs. how right it was. */
  public record ReliabilityBin(double from, double to, int count, double meanConfidence, double accuracy) {}

  private static final int BINS = 10;

  /**
   * @param gold true label index per example
   * @param predicted predicted label index per example
   * @param confidence probability the model gave its predicted label
   */
  public static EvaluationReport of(List<String> labels, int[] gold, int[] predicted, double[] confidence, double threshold) {
    int k = labels.size();
    int n = gold.length;
    int[][] confusion = new int[k][k];
    int correct = 0;
    for (int i = 0; i < n; i++) {
      confusion[gold[i]][predicted[i]]++;
      if (gold[i] == predicted[i]) {
        correct++;
      }
    }
    List<ClassMetrics> perClass = new ArrayList<>(k);
    double f1Sum = 0;
    for (int c = 0; c < k; c++) {
      int tp = confusion[c][c];
      int support = 0;
      int predictedAs = 0;
      for (int j = 0; j < k; j++) {
        support += confusion[c][j];
        predictedAs += confusion[j][c];
      }
      double precision = predictedAs == 0 ? 0 : (double) tp / predictedAs;
      double recall = support == 0 ? 0 : (double) tp / support;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      perClass.add(new ClassMetrics(labels.get(c), support, precision, recall, f1));
      f1Sum += f1;
    }
    int below = 0;
    int aboveCorrect = 0;
    int[] binCount = new int[BINS];
    double[] binConfidence = new double[BINS];
    int[] binCorrect = new int[BINS];
    for (int i = 0; i < n; i++) {
      boolean right = gold[i] == predicted[i];
      if (confidence[i] < threshold) {
        below++;
      } else if (right) {
        aboveCorrect++;
      }
      int b = Math.min(BINS - 1, (int) (confidence[i] * BINS));
      binCount[b]++;
      binConfidence[b] += confidence[i];
      if (right) {
        binCorrect[b]++;
      }
    }
    double ece = 0;
    List<ReliabilityBin> reliability = new ArrayList<>();
    for (int b = 0; b < BINS; b++) {
      if (binCount[b] == 0) {
        continue;
      }
      double meanConfidence = binConfidence[b] / binCount[b];
      double binAccuracy = (double) binCorrect[b] / binCount[b];
      ece += (double) binCount[b] / n * Math.abs(meanConfidence - binAccuracy);
      reliability.add(new ReliabilityBin((double) b / BINS, (double) (b + 1) / BINS, binCount[b], meanConfidence, binAccuracy));
    }
    int above = n - below;
    return new EvaluationReport(
        n,
        n == 0 ? 0 : (double) correct / n,
        k == 0 ? 0 : f1Sum / k,
        List.copyOf(perClass),
        List.copyOf(labels),
        confusion,
        threshold,
        n == 0 ? 0 : (double) below / n,
        above == 0 ? 0 : (double) aboveCorrect / above,
        ece,
        List.copyOf(reliability));
  }
}
