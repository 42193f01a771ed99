package id.aduan.app.model;

import id.aduan.text.io.LabelledCsv;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that say where the texts and labels are in a CSV file; shared by train and eval. */
final class CsvColumns {

  @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE",
      description = "CSV (or .tsv) file with one labelled text per row; quoted fields may span lines.")
  Path input;

  @Option(names = "--text-column", required = true, paramLabel = "C",
      description = "Column holding the text: its header name, or its number (1 = first) with --no-header.")
  String textColumn;

  @Option(names = "--label-column", required = true, paramLabel = "L",
      description = "Column holding the label: its header name, or its number with --no-header.")
  String labelColumn;

  @Option(names = "--no-header", description = "The first row is data, not column names.")
  boolean noHeader;

  @Option(names = "--delimiter", paramLabel = "CHAR",
      description = "Field delimiter (default: tab for .tsv files, comma otherwise). Use '\\t' for tab.")
  String delimiter;

  LabelledCsv.Format format() {
    LabelledCsv.Format detected = LabelledCsv.Format.of(input);
    char d = delimiter == null ? detected.delimiter() : parseDelimiter(delimiter);
    return new LabelledCsv.Format(d, !noHeader);
  }

  private static char parseDelimiter(String s) {
    if (s.equals("\\t") || s.equals("tab")) {
      return '\t';
    }
    if (s.length() != 1) {
      throw new IllegalArgumentException("--delimiter must be one character, got '" + s + "'");
    }
    return s.charAt(0);
  }
}
