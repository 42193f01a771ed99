package id.aduan.streams.tracker.metrics;

import id.aduan.event.Channel;
import java.util.List;

/**
 * One countable thing that happened to a complaint, derived from a change of its case state, with the
 * dimensions it is counted under. Travels through the job's own repartition topic as JSON.
 *
 * @param kind what happened
 * @param at when it happened (event time, UTC millis): a status change's {@code at}, receivedAt,
 *     firstResponseAt, resolvedAt, surveyedAt, or the state's eventTime for escalations
 * @param unitId the unit it is counted for; null when the complaint was with no unit
 * @param category the complaint's category when counted; null while unclassified
 * @param channel the complaint's channel
 * @param delta how much to add: 1, more for several escalations seen at once, -1 to take back a count
 *     (a complaint recognised as a duplicate after it was counted as received)
 * @param workingMillis working time for first responses and resolutions; null otherwise or when unknown
 * @param withinSla for first responses and resolutions, whether they met their deadline; null without one
 * @param scores for survey answers, the nine SKM scores U1-U9; null otherwise
 */
public record MetricEvent(
    Kind kind,
    long at,
    String unitId,
    String category,
    Channel channel,
    long delta,
    Long workingMillis,
    Boolean withinSla,
    List<Integer> scores) {

  /** What can be counted; each maps to a count in {@code UnitMetrics}. */
  public enum Kind {
    RECEIVED, DUPLICATE, ROUTED, TRIAGED, ACKNOWLEDGED, RESOLVED, REJECTED, TRANSFERRED_IN, TRANSFERRED_OUT,
    REOPENED, ESCALATED, FIRST_RESPONSE, RESOLUTION, SURVEY
  }

  static MetricEvent count(Kind kind, long at, String unitId, String category, Channel channel, long delta) {
    return new MetricEvent(kind, at, unitId, category, channel, delta, null, null, null);
  }

  /** The unit, category and channel part of the aggregate keys this event updates. */
  String dimensionsKey() {
    return MetricsKeys.dimensions(unitId, category, channel);
  }
}
