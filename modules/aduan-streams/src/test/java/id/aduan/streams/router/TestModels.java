package id.aduan.streams.router;

import id.aduan.streams.router.classify.LoadedModel;
import id.aduan.streams.router.classify.ModelLoader;
import id.aduan.text.classify.LabelledText;
import id.aduan.text.io.CsvReader;
import id.aduan.text.classify.ModelFile;
import id.aduan.text.classify.TextClassifier;
import id.aduan.text.classify.TrainingOptions;
import id.aduan.text.classify.TrainingProgress;
import id.aduan.text.starter.TransportStarterModel;
import id.aduan.text.training.ModelTrainer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Classifiers trained once per test JVM on the transport examples the text module ships. */
public final class TestModels {
  private static final String STARTER = "/id/aduan/text/starter/" + TransportStarterModel.DATA_RESOURCE;
  private static byte[] transport;

  private TestModels() {}

  /** The model file of a classifier trained on the shipped transport examples. */
  public static synchronized byte[] transportModelFile() {
    if (transport == null) {
      transport = train(label -> label);
    }
    return transport.clone();
  }

  public static LoadedModel transport() {
    try {
      return ModelLoader.fromBytes(transportModelFile(), "transport-test-model");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A model file trained on the same texts with every label passed through {@code relabel}. */
  public static byte[] train(UnaryOperator<String> relabel) {
    List<LabelledText> rows = new ArrayList<>();
    for (LabelledText row : starterRows()) {
      rows.add(new LabelledText(row.text(), relabel.apply(row.label())));
    }
    TextClassifier model = ModelTrainer.train(
        rows, new ModelTrainer.Source("transport-complaints.csv", "test", "text", "category"),
        TrainingOptions.defaults().withSeed(7), Instant.parse("2026-11-01T00:00:00Z"), TrainingProgress.SILENT);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ModelFile.write(model, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped examples, read with the text module's own CSV reader. */
  private static List<LabelledText> starterRows() {
    List<LabelledText> rows = new ArrayList<>();
    try (var in = TestModels.class.getResourceAsStream(STARTER)) {
      CsvReader csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8), ',');
      csv.next();
      for (List<String> row = csv.next(); row != null; row = csv.next()) {
        rows.add(new LabelledText(row.get(0), row.get(1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
