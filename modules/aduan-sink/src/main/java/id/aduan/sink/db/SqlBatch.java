package id.aduan.sink.db;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements of one transaction, batched: each distinct SQL text is prepared once and gets one JDBC
 * batch, executed in the order the texts first appeared. Rows of one statement run in the order they were
 * added, so a later state of a complaint is written after an earlier one.
 */
public final class SqlBatch implements AutoCloseable {
  private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:INTO|FROM|UPDATE)\\s+(\\w+)");

  private final Connection connection;
  private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();

  public SqlBatch(Connection connection) {
    this.connection = connection;
  }

  /** Adds one row of {@code sql}; values are Java values or Avro ones (Instant, enums, ByteBuffer). */
  public void add(String sql, Object... values) throws SQLException {
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      statements.put(sql, statement);
    }
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, jdbcValue(values[i]));
    }
    statement.addBatch();
  }

  /**
   * Runs every batch; the caller commits or rolls back. Answers the rows each table gained, changed or lost
   * (a row an insert found already there counts nothing), keyed by table name.
   */
  public Map<String, Long> execute() throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (Map.Entry<String, PreparedStatement> statement : statements.entrySet()) {
      long changed = 0;
      for (int count : statement.getValue().executeBatch()) {
        changed += Math.max(count, 0);
      }
      rows.merge(table(statement.getKey()), changed, Long::sum);
    }
    return rows;
  }

  static String table(String sql) {
    Matcher m = TABLE.matcher(sql);
    return m.find() ? m.group(1) : "other";
  }

  static Object jdbcValue(Object value) {
    if (value instanceof Instant instant) {
      return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
    if (value instanceof Enum<?> symbol) {
      return symbol.name();
    }
    if (value instanceof ByteBuffer buffer) {
      ByteBuffer copy = buffer.duplicate();
      byte[] bytes = new byte[copy.remaining()];
      copy.get(bytes);
      return bytes;
    }
    if (value instanceof CharSequence text) {
      return text.toString();
    }
    return value;
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    for (PreparedStatement statement : statements.values()) {
      try {
        statement.close();
      } catch (SQLException e) {
        first = first == null ? e : first;
      }
    }
    statements.clear();
    if (first != null) {
      throw first;
    }
  }
}
