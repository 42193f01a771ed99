package id.aduan.app.serve;

import id.aduan.ops.config.LayeredConfig;
import id.aduan.streams.tracker.TrackerSettings;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/** The tracker's settings, each defined once: its options, environment variables, --help and README table. */
final class TrackerKeys {
  static final String PUNCTUATE_INTERVAL = "tracker.punctuate.interval";
  static final String REOPEN_WINDOW = "tracker.reopen.window";
  static final String LEVEL2_AFTER = "tracker.escalation.level2.after";
  static final String MANUAL_FIRST_RESPONSE = "tracker.manual.first.response";
  static final String MANUAL_RESOLUTION = "tracker.manual.resolution";

  static final ConfigDef DEFINITION = new ConfigDef()
      .define(PUNCTUATE_INTERVAL, Type.STRING, TrackerSettings.DEFAULT_PUNCTUATE_INTERVAL.toString(),
          LayeredConfig.isoDuration(), Importance.MEDIUM,
          "How often overdue cases are looked for, by the wall clock and by stream time (--punctuate-interval).")
      .define(REOPEN_WINDOW, Type.STRING, TrackerSettings.DEFAULT_REOPEN_WINDOW.toString(), LayeredConfig.isoDuration(),
          Importance.MEDIUM, "How long after RESOLVED the citizen may reopen; the case is CLOSED when it ends (--reopen-window).")
      .define(LEVEL2_AFTER, Type.STRING, TrackerSettings.DEFAULT_LEVEL2_AFTER.toString(), LayeredConfig.isoDuration(),
          Importance.MEDIUM, "Working time after a missed deadline before level 2 (the agency) is told (--escalation-level2-after).")
      .define(MANUAL_FIRST_RESPONSE, Type.STRING, TrackerSettings.DEFAULT_MANUAL_FIRST_RESPONSE.toString(),
          LayeredConfig.isoDuration(), Importance.LOW,
          "First-response time, in working time, of a case transferred or routed by hand (--manual-first-response).")
      .define(MANUAL_RESOLUTION, Type.STRING, TrackerSettings.DEFAULT_MANUAL_RESOLUTION.toString(),
          LayeredConfig.isoDuration(), Importance.LOW,
          "Resolution time, in working time, of a case transferred, routed by hand or reopened (--manual-resolution).");

  private TrackerKeys() {}

  static final class Footer extends RoleConfigOption.SettingsFooter {
    Footer() {
      super(DEFINITION);
    }
  }
}
