package id.aduan.streams.tracker.metrics;

import id.aduan.event.Channel;

/**
 * What the metrics have already counted of one complaint: enough to count each later change once, and to
 * take back the received count if the complaint turns out to be a duplicate. Holds no personal data.
 *
 * @param historySeen how many status changes of the history were counted
 * @param countedAs RECEIVED or DUPLICATE: how the complaint's arrival was counted
 * @param countedUnit unit the arrival was counted for (null: no unit)
 * @param countedCategory category the arrival was counted under (null: unclassified)
 * @param channel the complaint's channel
 * @param receivedAt when the complaint was received, UTC millis
 * @param firstResponseCounted whether the first response was counted
 * @param resolutionCounted whether the (first) resolution was counted
 * @param surveyCounted whether the survey answer was counted
 * @param escalationsSeen the highest escalation count seen
 */
public record CaseSummary(
    int historySeen,
    MetricEvent.Kind countedAs,
    String countedUnit,
    String countedCategory,
    Channel channel,
    long receivedAt,
    boolean firstResponseCounted,
    boolean resolutionCounted,
    boolean surveyCounted,
    int escalationsSeen) {}
