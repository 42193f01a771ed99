package id.aduan.text.sentiment;

import id.aduan.text.classify.FeatureSpec;
import id.aduan.text.classify.LabelledText;
import id.aduan.text.classify.ModelFile;
import id.aduan.text.classify.TextClassifier;
import id.aduan.text.classify.TrainingOptions;
import id.aduan.text.classify.TrainingProgress;
import id.aduan.text.io.LabelledCsv;
import id.aduan.text.training.ModelTrainer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the shipped sentiment model is made, so anyone can make it again byte for byte:
 *
 * <pre>
 *   java -cp … id.aduan.text.sentiment.SentimentTraining ../shared/data src/main/resources/id/aduan/text/sentiment/sentiment.model
 * </pre>
 *
 * It trains on the SmSA (IndoNLU, Apache-2.0) and NusaX (CC BY-SA 4.0) training splits. NusaX's Indonesian
 * sentences were drawn from SmSA, so training rows that also occur in either test split (compared without
 * case, spaces and punctuation) are dropped; otherwise the test scores would be inflated by rows the model
 * had seen.
 */
public final class SentimentTraining {

  public static final String SMSA_TRAIN = "smsa-sentiment/train.tsv";
  public static final String SMSA_TEST = "smsa-sentiment/test.tsv";
  public static final String NUSAX_TRAIN = "nusax-sentiment/train.csv";
  public static final String NUSAX_TEST = "nusax-sentiment/test.csv";
  /** Fixed so that retraining reproduces the shipped file; the data, not the clock, defines the model. */
  public static final Instant CREATED_AT = Instant.parse("2026-11-28T00:00:00Z");

  private SentimentTraining() {}

  public static TrainingOptions options() {
    return TrainingOptions.defaults().withFeatures(new FeatureSpec(16, 2, 3, 5, true));
  }

  public static List<LabelledText> smsaTest(Path sharedData) throws IOException {
    return smsa(sharedData.resolve(SMSA_TEST)).rows();
  }

  public static List<LabelledText> nusaxTest(Path sharedData) throws IOException {
    return LabelledCsv.read(sharedData.resolve(NUSAX_TEST), "text", "label").rows();
  }

  public static TextClassifier train(Path sharedData, TrainingProgress progress) throws IOException {
    LabelledCsv smsa = smsa(sharedData.resolve(SMSA_TRAIN));
    LabelledCsv nusax = LabelledCsv.read(sharedData.resolve(NUSAX_TRAIN), "text", "label");
    ModelTrainer.Source source =
        new ModelTrainer.Source(SMSA_TRAIN + " + " + NUSAX_TRAIN, combinedHash(smsa.sha256(), nusax.sha256()), "text", "label");
    return ModelTrainer.train(trainingRows(sharedData), source, options(), CREATED_AT, progress);
  }

  /** SmSA and NusaX training rows without those that also occur in a test split. */
  public static List<LabelledText> trainingRows(Path sharedData) throws IOException {
    Set<String> testKeys = new HashSet<>();
    for (LabelledText row : smsaTest(sharedData)) {
      testKeys.add(key(row.text()));
    }
    for (LabelledText row : nusaxTest(sharedData)) {
      testKeys.add(key(row.text()));
    }
    List<LabelledText> rows = new ArrayList<>();
    for (LabelledText row : smsa(sharedData.resolve(SMSA_TRAIN)).rows()) {
      if (!testKeys.contains(key(row.text()))) {
        rows.add(row);
      }
    }
    for (LabelledText row : LabelledCsv.read(sharedData.resolve(NUSAX_TRAIN), "text", "label").rows()) {
      if (!testKeys.contains(key(row.text()))) {
        rows.add(row);
      }
    }
    return rows;
  }

  private static LabelledCsv smsa(Path tsv) throws IOException {
    return LabelledCsv.read(tsv, "1", "2", LabelledCsv.Format.of(tsv).withHeader(false));
  }

  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static String combinedHash(String a, String b) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest((a + "\n" + b).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Arguments: the shared data directory and the model file to write. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: SentimentTraining <shared-data-dir> <out.model>");
      System.exit(2);
    }
    TextClassifier model = train(Path.of(args[0]), (phase, epoch, epochs, loss) ->
        System.err.printf("%s: epoch %d/%d, loss %.4f%n", phase, epoch, epochs, loss));
    ModelFile.write(model, Path.of(args[1]));
    System.err.println("wrote " + args[1] + ": " + model.info().validation());
  }
}
