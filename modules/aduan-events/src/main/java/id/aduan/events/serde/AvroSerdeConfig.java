package id.aduan.events.serde;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;

/** The serde settings, under the keys Confluent's Avro serdes use. */
public record AvroSerdeConfig(
    boolean autoRegisterSchemas,
    boolean useLatestVersion,
    boolean specificAvroReader,
    SubjectNameStrategy keySubjectNameStrategy,
    SubjectNameStrategy valueSubjectNameStrategy) {

  public static final String AUTO_REGISTER_SCHEMAS_CONFIG = "auto.register.schemas";
  public static final String AUTO_REGISTER_SCHEMAS_DOC =
      "Register the record's schema on first write (default true). Turn off in production so that only "
          + "reviewed schemas reach the registry; writes then need the schema registered beforehand.";
  public static final String USE_LATEST_VERSION_CONFIG = "use.latest.version";
  public static final String USE_LATEST_VERSION_DOC =
      "Write with the subject's latest registered schema instead of the record's own (default false).";
  public static final String SPECIFIC_AVRO_READER_CONFIG = "specific.avro.reader";
  public static final String SPECIFIC_AVRO_READER_DOC =
      "Read into generated classes instead of GenericRecord (default false).";
  public static final String KEY_SUBJECT_NAME_STRATEGY_CONFIG = "key.subject.name.strategy";
  public static final String VALUE_SUBJECT_NAME_STRATEGY_CONFIG = "value.subject.name.strategy";
  public static final String SUBJECT_NAME_STRATEGY_DOC =
      "TopicNameStrategy (default), RecordNameStrategy or TopicRecordNameStrategy; Confluent class names work too.";

  public static AvroSerdeConfig from(Map<String, ?> props) {
    return new AvroSerdeConfig(
        bool(props, AUTO_REGISTER_SCHEMAS_CONFIG, true),
        bool(props, USE_LATEST_VERSION_CONFIG, false),
        bool(props, SPECIFIC_AVRO_READER_CONFIG, false),
        strategy(props, KEY_SUBJECT_NAME_STRATEGY_CONFIG),
        strategy(props, VALUE_SUBJECT_NAME_STRATEGY_CONFIG));
  }

  public SubjectNameStrategy subjectNameStrategy(boolean isKey) {
    return isKey ? keySubjectNameStrategy : valueSubjectNameStrategy;
  }

  private static boolean bool(Map<String, ?> props, String key, boolean fallback) {
    Object value = props.get(key);
    if (value == null) {
      return fallback;
    }
    String text = value.toString().trim();
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new ConfigException(key, value, "must be true or false");
  }

  private static SubjectNameStrategy strategy(Map<String, ?> props, String key) {
    Object value = props.get(key);
    if (value instanceof Class<?> type) {
      return SubjectNameStrategy.parse(key, type.getName());
    }
    return value == null ? SubjectNameStrategy.TOPIC : SubjectNameStrategy.parse(key, value.toString());
  }
}
