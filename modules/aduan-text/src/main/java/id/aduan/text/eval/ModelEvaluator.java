package id.aduan.text.eval;

import id.aduan.text.classify.Classifier;
import id.aduan.text.classify.LabelledText;
import id.aduan.text.classify.Prediction;
import java.util.ArrayList;
import java.util.List;

/** Runs a classifier over labelled texts and reports how it did. */
public final class ModelEvaluator {

  /** Below this confidence a complaint goes to human triage instead of straight to a unit. */
  public static final double DEFAULT_THRESHOLD = 0.6;

  private ModelEvaluator() {}

  /**
   * Labels in the data that the model does not know are added to the report as extra rows: the model can
   * never predict them, so every such row counts as an error instead of being left out.
   */
  public static EvaluationReport evaluate(Classifier classifier, List<LabelledText> data, double threshold) {
    List<String> labels = new ArrayList<>(classifier.labels());
    for (LabelledText row : data) {
      if (!labels.contains(row.label())) {
        labels.add(row.label());
      }
    }
    int n = data.size();
    int[] gold = new int[n];
    int[] predicted = new int[n];
    double[] confidence = new double[n];
    for (int i = 0; i < n; i++) {
      LabelledText row = data.get(i);
      Prediction p = classifier.predict(row.text());
      gold[i] = labels.indexOf(row.label());
      predicted[i] = labels.indexOf(p.label());
      confidence[i] = p.confidence();
    }
    return EvaluationReport.of(labels, gold, predicted, confidence, threshold);
  }
}
