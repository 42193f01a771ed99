package id.aduan.sink.report;

import java.util.List;

/** Rows of a report with their column names, in the order the query gave them. */
public record ResultTable(List<String> columns, List<List<Object>> rows) {
  public ResultTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }
}
