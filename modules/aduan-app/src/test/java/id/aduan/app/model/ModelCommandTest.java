package id.aduan.app.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ModelCommandTest {

  @TempDir Path dir;
  private Path csv;

  /** The result of one command run: exit code and what it printed. */
  record Run(int exit, String out, String err) {}

  @BeforeEach
  void writeTrainingData() throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("id,isi,kategori");
    String[][] byLabel = {
      {"lampu", "lampu merah di simpang mati", "traffic light perempatan padam", "lampu lalu lintas tidak menyala", "apill kedip kuning terus"},
      {"parkir", "jukir liar minta uang parkir", "parkir di trotoar depan ruko", "tukang parkir tanpa karcis", "mobil parkir di bahu jalan"},
      {"sungai", "perahu ketek tanpa pelampung", "speedboat kelebihan penumpang", "dermaga sungai rusak parah", "kapal penyeberangan bocor"}
    };
    int id = 0;
    for (int copy = 0; copy < 6; copy++) {
      for (String[] group : byLabel) {
        for (int i = 1; i < group.length; i++) {
          lines.add(++id + ",\"" + group[i] + ", laporan " + copy + "\"," + group[0]);
        }
      }
    }
    csv = dir.resolve("aduan.csv");
    Files.write(csv, lines, StandardCharsets.UTF_8);
  }

  private static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Run train(Path model, String... extra) {
    List<String> args = new ArrayList<>(List.of("train", "--input", csv.toString(), "--text-column", "isi", "--label-column", "kategori",
        "--out", model.toString(), "--epochs", "6", "--hash-bits", "14"));
    args.addAll(List.of(extra));
    return run(new ModelCommand(), args.toArray(String[]::new));
  }

  @Test
  void trainsAReproducibleModelWithProgressOnStderr() throws IOException {
    Path a = dir.resolve("a.model");
    Path b = dir.resolve("b.model");
    Run first = train(a, "--created-at", "2026-01-01T00:00:00Z");
    assertEquals(0, first.exit(), first.err());
    assertTrue(first.err().contains("final fit: epoch 6/6"), first.err());
    assertTrue(first.out().contains("labels [lampu, parkir, sungai]"), first.out());
    assertTrue(first.out().contains("held-out"), first.out());
    assertEquals(0, train(b, "--created-at", "2026-01-01T00:00:00Z").exit());
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
  }

  @Test
  void evaluatesAsTextAndAsJson() throws IOException {
    Path model = dir.resolve("m.model");
    assertEquals(0, train(model).exit());
    Run text = run(new ModelCommand(), "eval", "--model", model.toString(), "--input", csv.toString(), "--text-column", "isi",
        "--label-column", "kategori");
    assertEquals(0, text.exit(), text.err());
    for (String part : List.of("n            72", "accuracy", "macro-F1", "precision", "confusion matrix", "below it", "reliability")) {
      assertTrue(text.out().contains(part), () -> part + " missing from\n" + text.out());
    }
    Run json = run(new ModelCommand(), "eval", "--json", "-m", model.toString(), "-i", csv.toString(), "--text-column", "isi",
        "--label-column", "kategori");
    JsonNode report = new ObjectMapper().readTree(json.out());
    assertEquals(72, report.get("n").asInt());
    assertEquals(3, report.get("perClass").size());
    assertEquals(3, report.get("confusion").size());
    assertTrue(report.get("accuracy").asDouble() > 0.9);
    assertTrue(report.has("shareBelowThreshold"));
  }

  @Test
  void predictsEachLineOfStandardInput() {
    Path model = dir.resolve("m.model");
    assertEquals(0, train(model).exit());
    byte[] input = "lampu merah simpang mati\n\njukir minta uang parkir\n".getBytes(StandardCharsets.UTF_8);
    Run predicted = run(new PredictCommand(new ByteArrayInputStream(input)), "--model", model.toString());
    assertEquals(0, predicted.exit(), predicted.err());
    String[] lines = predicted.out().strip().split("\\R");
    assertEquals(2, lines.length);
    assertTrue(lines[0].startsWith("lampu\t"), lines[0]);
    assertTrue(lines[1].startsWith("parkir\t"), lines[1]);
    assertEquals(3, lines[0].split("\t")[2].split(" ").length, "three candidates");
  }

  @Test
  void predictsWithTheShippedStarterModelByDefault() {
    byte[] input = "lampu merah di simpang empat mati total\n".getBytes(StandardCharsets.UTF_8);
    Run predicted = run(new PredictCommand(new ByteArrayInputStream(input)), "--json");
    assertEquals(0, predicted.exit(), predicted.err());
    assertTrue(predicted.out().contains("\"label\":\"lampu_lalu_lintas\""), predicted.out());
  }

  @Test
  void explainsBadModelsAndMissingFilesInOneLine() throws IOException {
    Path junk = dir.resolve("junk.model");
    Files.writeString(junk, "bukan model");
    Run corrupt = run(new ModelCommand(), "eval", "-m", junk.toString(), "-i", csv.toString(), "--text-column", "isi", "--label-column",
        "kategori");
    assertEquals(1, corrupt.exit());
    assertTrue(corrupt.err().contains("is not an Aduan model file"), corrupt.err());
    assertTrue(!corrupt.err().contains("\tat "), "no stack trace");

    Run missing = run(new ModelCommand(), "train", "-i", dir.resolve("none.csv").toString(), "--text-column", "isi",
        "--label-column", "k", "-o", dir.resolve("y.model").toString());
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("file not found"), missing.err());

    Run wrongColumn = run(new ModelCommand(), "train", "-i", csv.toString(), "--text-column", "text", "--label-column", "kategori", "-o",
        dir.resolve("z.model").toString());
    assertEquals(1, wrongColumn.exit());
    assertTrue(wrongColumn.err().contains("column 'text' not in"), wrongColumn.err());
  }

  @Test
  void everySubcommandExplainsItself() {
    for (String sub : List.of("train", "eval", "predict")) {
      Run help = run(new ModelCommand(), sub, "--help");
      assertEquals(0, help.exit());
      assertTrue(help.out().contains("Usage: model " + sub), help.out());
      assertTrue(help.out().contains("Example:"), help.out());
    }
  }
}
