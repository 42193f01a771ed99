package id.aduan.app.serve;

import id.aduan.ops.config.LayeredConfig;
import id.aduan.streams.router.RouterSettings;
import id.aduan.streams.router.dedupe.ContactKey;
import id.aduan.streams.router.dedupe.DedupeSettings;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;

/** The router's settings, each defined once: its options, environment variables, --help and README table. */
final class RouterKeys {
  static final String CONFIDENCE_THRESHOLD = "router.confidence.threshold";
  static final String DEDUPE_WINDOW = "router.dedupe.window";
  static final String DEDUPE_SIMILARITY = "router.dedupe.similarity";
  static final String MODEL_FILE = "router.model.file";

  static final ConfigDef DEFINITION = new ConfigDef()
      .define(CONFIDENCE_THRESHOLD, Type.DOUBLE, RouterSettings.DEFAULT_CONFIDENCE_THRESHOLD, Range.between(0.0, 1.0),
          Importance.HIGH, "Below this classifier confidence a complaint goes to triage (--confidence-threshold).")
      .define(DEDUPE_WINDOW, Type.STRING, DedupeSettings.standard().window().toString(), LayeredConfig.isoDuration(),
          Importance.MEDIUM, "How far back duplicates are looked for, ISO-8601 (--dedupe-window).")
      .define(DEDUPE_SIMILARITY, Type.DOUBLE, DedupeSettings.standard().similarity(), Range.between(0.0, 1.0),
          Importance.MEDIUM, "Share of words two complaints must have in common to be duplicates (--dedupe-similarity).")
      .define(MODEL_FILE, Type.STRING, null, Importance.MEDIUM,
          "Classifier model used until one is published on config.models; none: the shipped transport starter model (--model).")
      .define(ContactKey.SECRET_CONFIG, Type.PASSWORD, null, Importance.HIGH, ContactKey.SECRET_DOC);

  private RouterKeys() {}

  static final class Footer extends RoleConfigOption.SettingsFooter {
    Footer() {
      super(DEFINITION);
    }
  }
}
