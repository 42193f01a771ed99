package id.aduan.app.model;

import id.aduan.text.classify.ModelFile;
import id.aduan.text.classify.TextClassifier;
import id.aduan.text.eval.EvaluationReport;
import id.aduan.text.eval.ModelEvaluator;
import id.aduan.text.eval.ReportFormat;
import id.aduan.text.io.LabelledCsv;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aduan model eval}: how a model does on labelled data it has not seen. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate a model on a labelled CSV: n, accuracy, macro-F1, per-label precision/recall/F1, the confusion",
      "matrix, calibration (ECE and a reliability table) and the share of predictions under the triage threshold.",
      "",
      "Example: aduan model eval --model agency.model --input test.csv --text-column isi --label-column kategori"
    })
public final class EvalCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = {"-m", "--model"}, required = true, paramLabel = "MODEL", description = "Model file to evaluate.")
  Path model;

  @ArgGroup(exclusive = false, multiplicity = "1", heading = "Test data%n")
  CsvColumns data;

  @Option(names = "--threshold", defaultValue = "0.6",
      description = "Confidence below which a complaint goes to triage (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    return Failures.run(spec, this::execute);
  }

  private Integer execute() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    TextClassifier classifier = ModelFile.read(model);
    StaleModelWarning.check(classifier, model.toString(), err);
    LabelledCsv test = LabelledCsv.read(data.input, data.textColumn, data.labelColumn, data.format());
    err.printf("evaluating %s on %d rows of %s (%d skipped without text or label)%n", model, test.rows().size(), data.input, test.skipped());
    err.flush();
    EvaluationReport report = ModelEvaluator.evaluate(classifier, test.rows(), threshold);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? ReportFormat.jsonString(report) + System.lineSeparator() : ReportFormat.text(report));
    out.flush();
    return 0;
  }
}
