package id.aduan.text.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.text.SharedData;
import id.aduan.text.classify.LabelledText;
import id.aduan.text.classify.ModelFile;
import id.aduan.text.classify.MultinomialNaiveBayes;
import id.aduan.text.classify.TextClassifier;
import id.aduan.text.classify.TrainingProgress;
import id.aduan.text.eval.EvaluationReport;
import id.aduan.text.eval.ModelEvaluator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped sentiment model: reproducible from its documented training, and measured on both test splits. */
class SentimentModelTest {

  private static TextClassifier retrained;
  private static MultinomialNaiveBayes baseline;

  @BeforeAll
  static void retrain() throws IOException {
    retrained = SentimentTraining.train(SharedData.dir(), TrainingProgress.SILENT);
    baseline = MultinomialNaiveBayes.train(SentimentTraining.trainingRows(SharedData.dir()));
  }

  @Test
  void shippedModelIsExactlyWhatTheDocumentedTrainingProduces() throws IOException {
    ByteArrayOutputStream fresh = new ByteArrayOutputStream();
    ModelFile.write(retrained, fresh);
    byte[] shipped;
    try (InputStream in = SentimentAnalyzer.class.getResourceAsStream(SentimentAnalyzer.MODEL_RESOURCE)) {
      shipped = in.readAllBytes();
    }
    assertArrayEquals(shipped, fresh.toByteArray(), "retrain with SentimentTraining (see the module README)");
  }

  @Test
  void scoresOnTheSmsaAndNusaxTestSplits() throws IOException {
    TextClassifier shipped = SentimentAnalyzer.loadShippedModel();
    EvaluationReport smsa = report("SmSA test", shipped, SentimentTraining.smsaTest(SharedData.dir()));
    EvaluationReport nusax = report("NusaX test", shipped, SentimentTraining.nusaxTest(SharedData.dir()));
    assertEquals(500, smsa.n());
    assertEquals(400, nusax.n());
    assertTrue(smsa.macroF1() > 0.70, () -> "SmSA macro-F1 " + smsa.macroF1());
    assertTrue(nusax.macroF1() > 0.80, () -> "NusaX macro-F1 " + nusax.macroF1());
  }

  @Test
  void analysesComplaintTone() {
    SentimentAnalyzer analyzer = SentimentAnalyzer.standard();
    assertEquals(Sentiment.NEGATIVE, analyzer.analyze("pelayanan petugas sangat buruk, kasar dan lambat, kecewa sekali").sentiment());
    assertEquals(Sentiment.POSITIVE, analyzer.analyze("terima kasih, petugasnya ramah dan cepat, pelayanan memuaskan").sentiment());
  }

  @Test
  void refusesAModelWhoseLabelsAreNotSentiments() {
    assertThrows(IllegalArgumentException.class, () -> Sentiment.fromLabel("lalin"));
  }

  private static EvaluationReport report(String name, TextClassifier model, List<LabelledText> test) {
    EvaluationReport r = ModelEvaluator.evaluate(model, test, ModelEvaluator.DEFAULT_THRESHOLD);
    EvaluationReport nb = ModelEvaluator.evaluate(baseline, test, ModelEvaluator.DEFAULT_THRESHOLD);
    System.out.printf("sentiment %s (n %d): accuracy %.4f macro-F1 %.4f ECE %.4f below-threshold %.3f"
            + " | naive Bayes accuracy %.4f macro-F1 %.4f%n",
        name, r.n(), r.accuracy(), r.macroF1(), r.expectedCalibrationError(), r.shareBelowThreshold(), nb.accuracy(), nb.macroF1());
    assertTrue(r.macroF1() > nb.macroF1(), name + ": the model must beat naive Bayes");
    return r;
  }
}
