package id.aduan.sink.rows;

/** What event topics (every record a new fact) have in common. */
final class EventTopics {
  private EventTopics() {}

  static void requireValue(Object value, String topic) {
    if (value == null) {
      throw new RefusedRecordException("a tombstone on " + topic
          + " means nothing: its records are events, each stored once, never deleted by key");
    }
  }
}
