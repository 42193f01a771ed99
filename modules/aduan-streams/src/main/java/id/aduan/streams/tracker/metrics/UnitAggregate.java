package id.aduan.streams.tracker.metrics;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import id.aduan.event.Channel;
import id.aduan.event.SkmElementMeans;
import id.aduan.event.UnitMetrics;
import id.aduan.streams.tracker.metrics.MetricEvent.Kind;
import id.aduan.streams.tracker.metrics.MetricsKeys.Period;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.EnumMap;

/**
 * The running figures of one key (period, unit, category, channel), as the aggregate store keeps them
 * (JSON, sketches as base64). Every figure is a sum or a sketch, so the order events arrive in changes
 * nothing but {@code lateEvents} and the sketches' exact centroids.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE)
final class UnitAggregate {
  private String periodType;
  private String period;
  private long periodStart;
  private long periodEnd;
  private String unitId;
  private String category;
  private Channel channel;
  private EnumMap<Kind, Long> counts = new EnumMap<>(Kind.class);
  private Timings firstResponse = new Timings();
  private Timings resolution = new Timings();
  private long[] scoreSums = new long[SkmIndex.ELEMENTS];
  private long lateEvents;

  private UnitAggregate() {}

  /** An empty aggregate for the period and dimensions of an event. */
  static UnitAggregate empty(Period period, MetricEvent event) {
    UnitAggregate aggregate = new UnitAggregate();
    aggregate.periodType = period.type();
    aggregate.period = period.label();
    aggregate.periodStart = period.start();
    aggregate.periodEnd = period.end();
    aggregate.unitId = event.unitId();
    aggregate.category = event.category();
    aggregate.channel = event.channel();
    return aggregate;
  }

  long periodEnd() {
    return periodEnd;
  }

  /** Counts one event; {@code late} when it came after the period's grace. */
  void add(MetricEvent event, boolean late) {
    counts.merge(event.kind(), event.delta(), Long::sum);
    switch (event.kind()) {
      case FIRST_RESPONSE -> firstResponse.add(event);
      case RESOLUTION -> resolution.add(event);
      case SURVEY -> {
        for (int i = 0; i < SkmIndex.ELEMENTS; i++) {
          scoreSums[i] += event.scores().get(i);
        }
      }
      default -> { }
    }
    if (late) {
      lateEvents++;
    }
  }

  /** The published record. */
  UnitMetrics toRecord(MetricsSettings settings, long asOf) {
    long surveys = count(Kind.SURVEY);
    UnitMetrics.Builder out = UnitMetrics.newBuilder()
        .setPeriodType(periodType)
        .setPeriod(period)
        .setPeriodStart(Instant.ofEpochMilli(periodStart))
        .setPeriodEnd(Instant.ofEpochMilli(periodEnd))
        .setTimeZone(settings.zone().getId())
        .setUnitId(unitId)
        .setCategory(category)
        .setChannel(channel)
        .setReceived(count(Kind.RECEIVED))
        .setDuplicates(count(Kind.DUPLICATE))
        .setRouted(count(Kind.ROUTED))
        .setTriaged(count(Kind.TRIAGED))
        .setAcknowledged(count(Kind.ACKNOWLEDGED))
        .setResolved(count(Kind.RESOLVED))
        .setRejected(count(Kind.REJECTED))
        .setTransferredIn(count(Kind.TRANSFERRED_IN))
        .setTransferredOut(count(Kind.TRANSFERRED_OUT))
        .setReopened(count(Kind.REOPENED))
        .setEscalations(count(Kind.ESCALATED))
        .setFirstResponses(count(Kind.FIRST_RESPONSE))
        .setFirstResponsesWithinSla(firstResponse.withinSla)
        .setFirstResponsesLate(firstResponse.late)
        .setFirstResponseSlaShare(firstResponse.share())
        .setFirstResponseSketch(firstResponse.sketchBytes())
        .setResolutions(count(Kind.RESOLUTION))
        .setResolutionsWithinSla(resolution.withinSla)
        .setResolutionsLate(resolution.late)
        .setResolutionSlaShare(resolution.share())
        .setResolutionSketch(resolution.sketchBytes())
        .setSurveys(surveys)
        .setRankable(surveys >= settings.minimumSurveys())
        .setLateEvents(lateEvents)
        .setAsOf(Instant.ofEpochMilli(asOf));
    long[] firstResponseQuantiles = WorkingTimeSketch.quantiles(firstResponse.sketch, 0.5, 0.9);
    if (firstResponseQuantiles != null) {
      out.setFirstResponseP50WorkingMillis(firstResponseQuantiles[0])
          .setFirstResponseP90WorkingMillis(firstResponseQuantiles[1]);
    }
    long[] resolutionQuantiles = WorkingTimeSketch.quantiles(resolution.sketch, 0.5, 0.9);
    if (resolutionQuantiles != null) {
      out.setResolutionP50WorkingMillis(resolutionQuantiles[0]).setResolutionP90WorkingMillis(resolutionQuantiles[1]);
    }
    if (surveys > 0) {
      double[] nrr = SkmIndex.nrr(scoreSums, surveys);
      double skm = SkmIndex.of(nrr);
      out.setNrr(new SkmElementMeans(nrr[0], nrr[1], nrr[2], nrr[3], nrr[4], nrr[5], nrr[6], nrr[7], nrr[8]))
          .setSkm(skm)
          .setSkmGrade(SkmIndex.grade(skm).name());
    }
    return out.build();
  }

  private long count(Kind kind) {
    return counts.getOrDefault(kind, 0L);
  }

  /** First responses or resolutions: how many met their deadline, how many did not, and their working times. */
  @JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
      isGetterVisibility = Visibility.NONE)
  private static final class Timings {
    private long withinSla;
    private long late;
    private byte[] sketch;

    void add(MetricEvent event) {
      if (event.withinSla() != null) {
        if (event.withinSla()) {
          withinSla++;
        } else {
          late++;
        }
      }
      if (event.workingMillis() != null) {
        sketch = WorkingTimeSketch.add(sketch, event.workingMillis());
      }
    }

    Double share() {
      return withinSla + late == 0 ? null : (double) withinSla / (withinSla + late);
    }

    ByteBuffer sketchBytes() {
      return sketch == null ? null : ByteBuffer.wrap(sketch);
    }
  }
}
