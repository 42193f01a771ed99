package id.aduan.text.io;

import id.aduan.text.classify.LabelledText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Labelled texts from any CSV or TSV export: the caller names the text and label columns (by header name,
 * or by 1-based number when the file has no header). Rows with an empty text or label are skipped and
 * counted, never silently mixed in.
 *
 * @param rows the labelled texts in file order
 * @param skipped rows without text or label
 * @param sha256 hash of the file's bytes, recorded in model files so a model names its training data
 */
public record LabelledCsv(List<LabelledText> rows, int skipped, String sha256) {

  /** How to read a file: delimiter and whether the first row names the columns. */
  public record Format(char delimiter, boolean header) {
    public static Format of(Path file) {
      return new Format(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tsv") ? '\t' : ',', true);
    }

    public Format withHeader(boolean header) {
      return new Format(delimiter, header);
    }
  }

  public static LabelledCsv read(Path file, String textColumn, String labelColumn) throws IOException {
    return read(file, textColumn, labelColumn, Format.of(file));
  }

  public static LabelledCsv read(Path file, String textColumn, String labelColumn, Format format) throws IOException {
    MessageDigest sha = newSha256();
    try (InputStream raw = Files.newInputStream(file);
        DigestInputStream digest = new DigestInputStream(raw, sha);
        Reader reader = new InputStreamReader(digest, StandardCharsets.UTF_8)) {
      CsvReader csv = new CsvReader(reader, format.delimiter());
      int textIndex;
      int labelIndex;
      if (format.header()) {
        List<String> header = csv.next();
        if (header == null) {
          throw new IOException(file + " is empty");
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
          header.set(0, header.get(0).substring(1));
        }
        textIndex = columnIndex(header, textColumn, file);
        labelIndex = columnIndex(header, labelColumn, file);
      } else {
        textIndex = columnNumber(textColumn, file);
        labelIndex = columnNumber(labelColumn, file);
      }
      List<LabelledText> rows = new ArrayList<>();
      int skipped = 0;
      List<String> record;
      while ((record = csv.next()) != null) {
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue;
        }
        if (record.size() <= Math.max(textIndex, labelIndex)) {
          skipped++;
          continue;
        }
        String text = record.get(textIndex).strip();
        String label = record.get(labelIndex).strip();
        if (text.isEmpty() || label.isEmpty()) {
          skipped++;
        } else {
          rows.add(new LabelledText(text, label));
        }
      }
      // the reader may stop early on a trailing blank line; the hash must still cover the whole file
      digest.transferTo(java.io.OutputStream.nullOutputStream());
      return new LabelledCsv(List.copyOf(rows), skipped, HexFormat.of().formatHex(sha.digest()));
    }
  }

  private static int columnIndex(List<String> header, String column, Path file) throws IOException {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).strip().equalsIgnoreCase(column)) {
        return i;
      }
    }
    throw new IOException("column '" + column + "' not in " + file + "; columns are " + header);
  }

  private static int columnNumber(String column, Path file) throws IOException {
    try {
      int n = Integer.parseInt(column);
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n - 1;
    } catch (NumberFormatException e) {
      throw new IOException(file + " has no header: give columns by number (1 = first), not '" + column + "'");
    }
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
