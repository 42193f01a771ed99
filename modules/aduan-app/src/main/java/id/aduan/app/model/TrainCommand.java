package id.aduan.app.model;

import id.aduan.text.classify.FeatureSpec;
import id.aduan.text.classify.ModelFile;
import id.aduan.text.classify.TextClassifier;
import id.aduan.text.classify.TrainingOptions;
import id.aduan.text.training.ModelTrainer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aduan model train}: a model file from any labelled CSV. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train a classifier from a labelled CSV and write it as a model file.",
      "The learner is multinomial logistic regression on hashed word and character n-grams; a held-out share",
      "calibrates its confidence and measures it before the final fit on all rows.",
      "The same input, options, seed and --created-at give a byte-identical model file.",
      "",
      "Example: aduan model train --input history.csv --text-column isi --label-column kategori --out agency.model"
    })
public final class TrainCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @ArgGroup(exclusive = false, multiplicity = "1", heading = "Training data%n")
  CsvColumns data;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "MODEL", description = "Model file to write (replaced atomically).")
  Path out;

  @Option(names = "--seed", defaultValue = "42", description = "Seed for shuffling and the held-out split (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--epochs", defaultValue = "12", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--hash-bits", defaultValue = "18", description = "Feature buckets = 2^bits (default: ${DEFAULT-VALUE}).")
  int hashBits;

  @Option(names = "--validation", defaultValue = "0.15",
      description = "Share held out to calibrate confidence and measure the model; 0 to skip (default: ${DEFAULT-VALUE}).")
  double validation;

  @Option(names = "--no-balance", description = "Do not up-weight rare labels (favours accuracy over macro-F1).")
  boolean noBalance;

  @Option(names = "--created-at", paramLabel = "INSTANT",
      description = "Creation time recorded in the model (ISO-8601). Default: $SOURCE_DATE_EPOCH if set, else now.")
  String createdAt;

  @Override
  public Integer call() throws Exception {
    return Failures.run(spec, this::execute);
  }

  private Integer execute() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter outWriter = spec.commandLine().getOut();
    TrainingOptions defaults = TrainingOptions.defaults();
    FeatureSpec standard = FeatureSpec.standard();
    TrainingOptions options = new TrainingOptions(
        new FeatureSpec(hashBits, standard.wordNgrams(), standard.charMin(), standard.charMax(), standard.stem()),
        epochs, defaults.learningRate(), defaults.l2(), !noBalance, validation, seed);
    err.printf("reading %s%n", data.input);
    err.flush();
    long start = System.nanoTime();
    TextClassifier model = ModelTrainer.train(data.input, data.textColumn, data.labelColumn, data.format(), options, createdAt(),
        (phase, epoch, total, loss) -> {
          err.printf(Locale.ROOT, "%s: epoch %d/%d, loss %.4f%n", phase, epoch, total, loss);
          err.flush();
        });
    ModelFile.write(model, out);
    double seconds = (System.nanoTime() - start) / 1e9;
    outWriter.printf(Locale.ROOT, "wrote %s in %.1f s%n", out, seconds);
    outWriter.printf("rows %d, labels %s%n", model.info().training().rows(), model.info().labels());
    outWriter.printf("training data sha256 %s%n", model.info().training().sha256());
    if (!model.info().validation().isEmpty()) {
      var v = model.info().validation();
      outWriter.printf(Locale.ROOT, "held-out (%d rows): accuracy %.4f, macro-F1 %.4f, ECE %.4f, temperature %.3f%n",
          v.get("n").intValue(), v.get("accuracy"), v.get("macroF1"), v.get("ece"), model.info().temperature());
    }
    outWriter.flush();
    return 0;
  }

  private Instant createdAt() {
    if (createdAt != null) {
      return Instant.parse(createdAt);
    }
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    return epoch != null && !epoch.isBlank() ? Instant.ofEpochSecond(Long.parseLong(epoch.strip())) : Instant.now();
  }
}
