package id.aduan.text.bench;

import id.aduan.text.TextEngine;
import id.aduan.text.classify.FeatureSpec;
import id.aduan.text.classify.LabelledText;
import id.aduan.text.classify.Prediction;
import id.aduan.text.classify.TextClassifier;
import id.aduan.text.classify.TrainingOptions;
import id.aduan.text.classify.TrainingProgress;
import id.aduan.text.eval.DatasetSplit;
import id.aduan.text.io.LabelledCsv;
import id.aduan.text.normalize.IndonesianTokenizer;
import id.aduan.text.normalize.TextNormalizer;
import id.aduan.text.normalize.TokenConsumer;
import id.aduan.text.pii.PiiMasker;
import id.aduan.text.starter.TransportStarterModel;
import id.aduan.text.training.ModelTrainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Texts per second on one thread (so per core) over short real complaints: the railway customer-care
 * tweets of the shared data (mean 78 characters), held-out rows only. {@code tokenizeOnly} is the floor
 * any text path pays: Lucene's tokenizer over the raw text and nothing else.
 *
 * <pre>
 *   cd modules/aduan-text && mvn -Pbenchmark test-compile exec:exec
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class TextEngineBenchmark {

  /** "starter": the shipped 14-label transport model; "kai121": a model trained on the tweets' training split. */
  @Param({"starter", "kai121"})
  String model;

  private String[] texts;
  private int next;
  private PiiMasker masker;
  private TextNormalizer normalizer;
  private TextClassifier classifier;
  private IndonesianTokenizer tokenizer;
  private TextEngine engine;

  @Setup(Level.Trial)
  public void load() throws IOException {
    List<LabelledText> rows = LabelledCsv.read(sharedData().resolve("kai121-tweets/mentions.csv"), "text", "topic").rows();
    DatasetSplit split = DatasetSplit.stratified(rows, 0.2, 42);
    texts = split.test().stream().map(LabelledText::text).toArray(String[]::new);
    masker = new PiiMasker();
    normalizer = TextNormalizer.standard();
    tokenizer = new IndonesianTokenizer(false);
    classifier = model.equals("starter")
        ? TransportStarterModel.load()
        : ModelTrainer.train(split.train(), new ModelTrainer.Source("kai121", "", "text", "topic"),
            TrainingOptions.defaults().withFeatures(FeatureSpec.standard()), Instant.EPOCH, TrainingProgress.SILENT);
    engine = TextEngine.withCategoryModel(classifier);
  }

  private static Path sharedData() {
    String configured = System.getProperty("aduan.shared.data");
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Path.of(configured);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolveSibling("shared").resolve("data"))) {
        return p.resolveSibling("shared").resolve("data");
      }
    }
    throw new IllegalStateException("shared data not found: pass -Daduan.shared.data=<dir>");
  }

  private String nextText() {
    String t = texts[next];
    next = next + 1 == texts.length ? 0 : next + 1;
    return t;
  }

  private int tokenChars;
  private final TokenConsumer countChars = (buffer, length) -> tokenChars += length;

  @Benchmark
  public int tokenizeOnly() {
    tokenChars = 0;
    tokenizer.forEachToken(nextText(), countChars);
    return tokenChars;
  }

  /** The masker alone: what each personal-data rule costs a text that mostly has none. */
  @Benchmark
  public Object maskOnly() {
    return masker.mask(nextText());
  }

  @Benchmark
  public Prediction maskNormalizeClassify() {
    String masked = masker.mask(nextText()).text();
    return classifier.predictNormalized(normalizer.normalize(masked));
  }

  @Benchmark
  public Object fullAnalysis() {
    return engine.analyze(nextText());
  }
}
