package id.aduan.sink.rows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** The two statement shapes of the sink, built from column lists so each table's columns are named once. */
final class Sql {
  private Sql() {}

  /**
   * Insert or, for an existing key, replace the row, unless the stored row came from a later offset of the
   * same partition: a record read again (a replay, a zombie's late batch) never undoes a newer one.
   */
  static String upsertLatest(String table, List<String> columns, String key) {
    String updates = columns.stream().filter(c -> !c.equals(key))
        .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
    return insert(table, columns) + " ON CONFLICT (" + key + ") DO UPDATE SET " + updates
        + " WHERE " + table + ".source_partition <> EXCLUDED.source_partition OR "
        + table + ".source_offset <= EXCLUDED.source_offset";
  }

  /** Insert once: an event stored again is the same event, so the first copy stays. */
  static String insertOnce(String table, List<String> columns) {
    return insert(table, columns) + " ON CONFLICT DO NOTHING";
  }

  /** The values of one row, with nested {@code Object[]} groups (such as the nine SKM scores) spread out. */
  static Object[] row(Object... parts) {
    ArrayList<Object> values = new ArrayList<>();
    for (Object part : parts) {
      if (part instanceof Object[] group) {
        Collections.addAll(values, group);
      } else {
        values.add(part);
      }
    }
    return values.toArray();
  }

  private static String insert(String table, List<String> columns) {
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
        + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
  }
}
