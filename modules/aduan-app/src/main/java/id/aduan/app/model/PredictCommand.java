package id.aduan.app.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.aduan.text.classify.ModelFile;
import id.aduan.text.classify.Prediction;
import id.aduan.text.classify.TextClassifier;
import id.aduan.text.starter.TransportStarterModel;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code aduan model predict}: label texts read line by line from standard input. */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description = {
      "Read one text per line on standard input and print, per line: label, confidence and the top candidates,",
      "tab-separated (or one JSON object per line with --json). Personal data is masked before classifying.",
      "",
      "Example: echo 'lampu merah simpang polda mati' | aduan model predict"
    })
public final class PredictCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = {"-m", "--model"}, paramLabel = "MODEL",
      description = "Model file (default: the transport starter model shipped with Aduan).")
  Path model;

  @Option(names = "--threshold", defaultValue = "0.6",
      description = "Mark predictions under this confidence as TRIAGE (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--json", description = "One JSON object per input line.")
  boolean json;

  private final InputStream in;

  public PredictCommand() {
    this(System.in);
  }

  /** Reads from {@code in} instead of standard input. */
  public PredictCommand(InputStream in) {
    this.in = in;
  }

  @Override
  public Integer call() throws Exception {
    return Failures.run(spec, this::execute);
  }

  private Integer execute() throws Exception {
    TextClassifier classifier = model == null ? TransportStarterModel.load() : ModelFile.read(model);
    StaleModelWarning.check(classifier, model == null ? "the starter model" : model.toString(), spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      Prediction p = classifier.predict(line);
      out.println(json ? json(p) : text(p));
      out.flush();
    }
    return 0;
  }

  private String text(Prediction p) {
    String candidates = p.candidates().stream()
        .map(c -> String.format(Locale.ROOT, "%s:%.3f", c.label(), c.probability()))
        .collect(Collectors.joining(" "));
    return String.format(Locale.ROOT, "%s\t%.3f\t%s%s", p.label(), p.confidence(), candidates, p.isBelow(threshold) ? "\tTRIAGE" : "");
  }

  private String json(Prediction p) throws Exception {
    ObjectNode o = JSON.createObjectNode();
    o.put("label", p.label());
    o.put("confidence", p.confidence());
    o.put("triage", p.isBelow(threshold));
    var candidates = o.putArray("candidates");
    for (Prediction.Candidate c : p.candidates()) {
      candidates.addObject().put("label", c.label()).put("probability", c.probability());
    }
    return JSON.writeValueAsString(o);
  }
}
