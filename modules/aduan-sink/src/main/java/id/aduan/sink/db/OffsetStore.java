package id.aduan.sink.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * The sink's position in each partition, in the table {@code sink_offsets} next to the rows: the consumer
 * starts where the database says, never where the consumer group says, so a crash between a database commit
 * and an offset commit cannot lose or repeat a row.
 *
 * <p>Each write is a compare-and-set on the position read or written last: if another sink instance (one
 * that still believed it owned the partition) moved it meanwhile, the write fails with
 * {@link PositionMovedException} and the whole transaction is rolled back.
 */
public final class OffsetStore {
  /** A position of a partition that has no row yet. */
  public static final long NONE = -1;

  private OffsetStore() {}

  /** The stored next offsets of the given partitions; absent ones are left out. */
  public static Map<TopicPartition, Long> read(Connection connection, Collection<TopicPartition> partitions)
      throws SQLException {
    Map<TopicPartition, Long> positions = new HashMap<>();
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT next_offset FROM sink_offsets WHERE topic = ? AND partition = ?")) {
      for (TopicPartition tp : partitions) {
        select.setString(1, tp.topic());
        select.setInt(2, tp.partition());
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            positions.put(tp, row.getLong(1));
          }
        }
      }
    }
    return positions;
  }

  /** Moves a partition from {@code expected} ({@link #NONE} for no row) to {@code next}. */
  public static void advance(Connection connection, TopicPartition tp, long expected, long next) throws SQLException {
    String sql = expected == NONE
        ? "INSERT INTO sink_offsets (topic, partition, next_offset) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
        : "UPDATE sink_offsets SET next_offset = ? WHERE topic = ? AND partition = ? AND next_offset = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (expected == NONE) {
        statement.setString(1, tp.topic());
        statement.setInt(2, tp.partition());
        statement.setLong(3, next);
      } else {
        statement.setLong(1, next);
        statement.setString(2, tp.topic());
        statement.setInt(3, tp.partition());
        statement.setLong(4, expected);
      }
      if (statement.executeUpdate() != 1) {
        throw new PositionMovedException(tp, expected);
      }
    }
  }

  /** Another writer moved a partition's position since this sink read it. */
  public static final class PositionMovedException extends SQLException {
    PositionMovedException(TopicPartition tp, long expected) {
      super("the stored position of " + tp + " is no longer " + (expected == NONE ? "absent" : expected)
          + ": another sink instance wrote it", "40001");
    }
  }
}
