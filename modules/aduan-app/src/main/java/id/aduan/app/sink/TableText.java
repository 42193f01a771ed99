package id.aduan.app.sink;

import id.aduan.sink.report.ResultTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A report table as aligned text, as name: value lines, as CSV, or as JSON-ready records. */
final class TableText {
  private TableText() {}

  static String aligned(ResultTable table) {
    int[] widths = new int[table.columns().size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = table.columns().get(i).length();
      for (List<Object> row : table.rows()) {
        widths[i] = Math.max(widths[i], text(row.get(i)).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, table.columns().stream().map(Object.class::cast).toList(), widths);
    for (List<Object> row : table.rows()) {
      line(out, row, widths);
    }
    return out.toString();
  }

  static String vertical(ResultTable table) {
    int width = table.columns().stream().mapToInt(String::length).max().orElse(0);
    StringBuilder out = new StringBuilder();
    for (List<Object> row : table.rows()) {
      for (int i = 0; i < row.size(); i++) {
        out.append(String.format("  %-" + width + "s  %s%n", table.columns().get(i), text(row.get(i))));
      }
    }
    return out.toString();
  }

  static String csv(ResultTable table) {
    StringBuilder out = new StringBuilder();
    out.append(String.join(",", table.columns().stream().map(TableText::csvField).toList())).append('\n');
    for (List<Object> row : table.rows()) {
      out.append(String.join(",", row.stream().map(v -> csvField(v == null ? "" : v.toString())).toList())).append('\n');
    }
    return out.toString();
  }

  static List<Map<String, Object>> records(ResultTable table) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (List<Object> row : table.rows()) {
      Map<String, Object> record = new LinkedHashMap<>();
      for (int i = 0; i < row.size(); i++) {
        record.put(table.columns().get(i), row.get(i));
      }
      records.add(record);
    }
    return records;
  }

  private static void line(StringBuilder out, List<Object> values, int[] widths) {
    for (int i = 0; i < values.size(); i++) {
      String text = text(values.get(i));
      out.append(i == 0 ? "" : "  ").append(values.get(i) instanceof Number ? pad(text, widths[i], true) : pad(text, widths[i], false));
    }
    out.append(System.lineSeparator());
  }

  private static String pad(String text, int width, boolean right) {
    String padding = " ".repeat(Math.max(0, width - text.length()));
    return right ? padding + text : text + padding;
  }

  private static String text(Object value) {
    return value == null ? "-" : value.toString();
  }

  private static String csvField(String value) {
    return value.contains(",") || value.contains("\"") || value.contains("\n")
        ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
