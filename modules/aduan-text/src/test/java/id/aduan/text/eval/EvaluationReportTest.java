package id.aduan.text.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.aduan.text.classify.LabelledText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {

  @Test
  void computesMetricsOfAWorkedExample() {
    // gold:      a a a b b c ; predicted: a a b b c c
    List<String> labels = List.of("a", "b", "c");
    int[] gold = {0, 0, 0, 1, 1, 2};
    int[] predicted = {0, 0, 1, 1, 2, 2};
    double[] confidence = {0.95, 0.85, 0.55, 0.65, 0.45, 0.95};
    EvaluationReport r = EvaluationReport.of(labels, gold, predicted, confidence, 0.6);
    assertEquals(6, r.n());
    assertEquals(4.0 / 6, r.accuracy(), 1e-12);
    // a: P 1, R 2/3, F1 0.8; b: P 1/2, R 1/2, F1 1/2; c: P 1/2, R 1, F1 2/3
    assertEquals(0.8, r.perClass().get(0).f1(), 1e-12);
    assertEquals(0.5, r.perClass().get(1).f1(), 1e-12);
    assertEquals(2.0 / 3, r.perClass().get(2).f1(), 1e-12);
    assertEquals((0.8 + 0.5 + 2.0 / 3) / 3, r.macroF1(), 1e-12);
    assertArrayEquals(new int[] {2, 1, 0}, r.confusion()[0]);
    assertEquals(2.0 / 6, r.shareBelowThreshold(), 1e-12);
    assertEquals(1.0, r.accuracyAboveThreshold(), 1e-12);
    // bins: [0.4,0.5): 0.45 wrong; [0.5,0.6): 0.55 wrong; [0.6,0.7): 0.65 right; [0.8,0.9): 0.85 right; [0.9,1): 0.95 x2 right
    double ece = (0.45 + 0.55 + 0.35 + 0.15 + 2 * 0.05) / 6;
    assertEquals(ece, r.expectedCalibrationError(), 1e-12);
  }

  @Test
  void splitIsStratifiedDisjointAndReproducible() {
    List<LabelledText> rows = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      rows.add(new LabelledText("teks " + i, i < 80 ? "umum" : "langka"));
    }
    DatasetSplit s = DatasetSplit.stratified(rows, 0.2, 7);
    assertEquals(80, s.train().size());
    assertEquals(16, s.test().stream().filter(r -> r.label().equals("umum")).count());
    assertEquals(4, s.test().stream().filter(r -> r.label().equals("langka")).count());
    HashSet<LabelledText> all = new HashSet<>(s.train());
    all.addAll(s.test());
    assertEquals(100, all.size());
    assertEquals(s, DatasetSplit.stratified(rows, 0.2, 7));
  }
}
