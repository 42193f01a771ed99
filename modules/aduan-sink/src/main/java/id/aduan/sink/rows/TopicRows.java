package id.aduan.sink.rows;

import id.aduan.sink.db.SqlBatch;
import java.sql.SQLException;

/** How the records of one topic become rows. */
public interface TopicRows<V> {
  /**
   * Adds the rows of one record to the batch. {@code value} is null for a tombstone.
   *
   * @throws RefusedRecordException when the record cannot mean anything to the tables (it then goes to the
   *     dead-letter topic with the exception's message as reason)
   */
  void add(SqlBatch batch, String key, V value, int partition, long offset) throws SQLException;
}
