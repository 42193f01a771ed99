package id.aduan.text.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** Renders an {@link EvaluationReport} for people (aligned text) or for machines (JSON). */
public final class ReportFormat {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportFormat() {}

  public static String text(EvaluationReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "n            %d%n", r.n()));
    sb.append(String.format(Locale.ROOT, "accuracy     %.4f%n", r.accuracy()));
    sb.append(String.format(Locale.ROOT, "macro-F1     %.4f%n", r.macroF1()));
    sb.append(String.format(Locale.ROOT, "calibration  ECE %.4f (expected gap between confidence and accuracy)%n", r.expectedCalibrationError()));
    sb.append(String.format(Locale.ROOT, "threshold    %.2f: %.1f%% of predictions below it (to triage); accuracy of the rest %.4f%n",
        r.threshold(), 100 * r.shareBelowThreshold(), r.accuracyAboveThreshold()));
    int width = Math.max(5, r.labels().stream().mapToInt(String::length).max().orElse(5));
    sb.append(System.lineSeparator());
    sb.append(String.format(Locale.ROOT, "%-" + width + "s  %9s  %6s  %6s  %7s%n", "label", "precision", "recall", "F1", "support"));
    for (EvaluationReport.ClassMetrics c : r.perClass()) {
      sb.append(String.format(Locale.ROOT, "%-" + width + "s  %9.4f  %6.4f  %6.4f  %7d%n", c.label(), c.precision(), c.recall(), c.f1(), c.support()));
    }
    sb.append(System.lineSeparator()).append("confusion matrix (rows: true label, columns: predicted, in the order above)")
        .append(System.lineSeparator());
    int cell = Math.max(5, String.valueOf(r.n()).length() + 1);
    for (int i = 0; i < r.labels().size(); i++) {
      sb.append(String.format(Locale.ROOT, "%-" + width + "s", r.labels().get(i)));
      for (int count : r.confusion()[i]) {
        sb.append(String.format(Locale.ROOT, "%" + cell + "d", count));
      }
      sb.append(System.lineSeparator());
    }
    sb.append(System.lineSeparator()).append("reliability (confidence bin: count, mean confidence, accuracy)").append(System.lineSeparator());
    for (EvaluationReport.ReliabilityBin b : r.reliability()) {
      sb.append(String.format(Locale.ROOT, "[%.1f, %.1f)  %6d  %.3f  %.3f%n", b.from(), b.to(), b.count(), b.meanConfidence(), b.accuracy()));
    }
    return sb.toString();
  }

  public static ObjectNode json(EvaluationReport r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("n", r.n());
    root.put("accuracy", r.accuracy());
    root.put("macroF1", r.macroF1());
    root.put("expectedCalibrationError", r.expectedCalibrationError());
    root.put("threshold", r.threshold());
    root.put("shareBelowThreshold", r.shareBelowThreshold());
    root.put("accuracyAboveThreshold", r.accuracyAboveThreshold());
    ArrayNode perClass = root.putArray("perClass");
    for (EvaluationReport.ClassMetrics c : r.perClass()) {
      ObjectNode o = perClass.addObject();
      o.put("label", c.label());
      o.put("support", c.support());
      o.put("precision", c.precision());
      o.put("recall", c.recall());
      o.put("f1", c.f1());
    }
    root.set("labels", JSON.valueToTree(r.labels()));
    ArrayNode confusion = root.putArray("confusion");
    for (int[] row : r.confusion()) {
      ArrayNode a = confusion.addArray();
      for (int v : row) {
        a.add(v);
      }
    }
    root.set("reliability", JSON.valueToTree(r.reliability()));
    return root;
  }

  public static String jsonString(EvaluationReport r) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of numbers and strings always serialises", e);
    }
  }
}
