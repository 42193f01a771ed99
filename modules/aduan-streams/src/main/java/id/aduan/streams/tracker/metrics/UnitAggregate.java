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
  private long firstResponsesWithinSla;
  private long firstResponsesLate;
  private long resolutionsWithinSla;
  private long resolutionsLate;
  private byte[] firstResponseSketch;
  private byte[] resolutionSketch;
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
      case FIRST_RESPONSE -> {
        if (event.withinSla() != null) {
          if (event.withinSla()) {
            firstResponsesWithinSla++;
          } else {
            firstResponsesLate++;
          }
        }
        if (event.workingMillis() != null) {
          firstResponseSketch = WorkingTimeSketch.add(firstResponseSketch, event.workingMillis());
        }
      }
      case RESOLUTION -> {
        if (event.withinSla() != null) {
          if (event.withinSla()) {
            resolutionsWithinSla++;
          } else {
            resolutionsLate++;
          }
        }
        if (event.workingMillis() != null) {
          resolutionSketch = WorkingTimeSketch.add(resolutionSketch, event.workingMillis());
        }
      }
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
        .setFirstResponsesWithinSla(firstResponsesWithinSla)
        .setFirstResponsesLate(firstResponsesLate)
        .setFirstResponseSlaShare(share(firstResponsesWithinSla, firstResponsesLate))
        .setFirstResponseP50WorkingMillis(WorkingTimeSketch.quantile(firstResponseSketch, 0.5))
        .setFirstResponseP90WorkingMillis(WorkingTimeSketch.quantile(firstResponseSketch, 0.9))
        .setFirstResponseSketch(bytes(firstResponseSketch))
        .setResolutions(count(Kind.RESOLUTION))
        .setResolutionsWithinSla(resolutionsWithinSla)
        .setResolutionsLate(resolutionsLate)
        .setResolutionSlaShare(share(resolutionsWithinSla, resolutionsLate))
        .setResolutionP50WorkingMillis(WorkingTimeSketch.quantile(resolutionSketch, 0.5))
        .setResolutionP90WorkingMillis(WorkingTimeSketch.quantile(resolutionSketch, 0.9))
        .setResolutionSketch(bytes(resolutionSketch))
        .setSurveys(surveys)
        .setRankable(surveys >= settings.minimumSurveys())
        .setLateEvents(lateEvents)
        .setAsOf(Instant.ofEpochMilli(asOf));
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

  private static Double share(long within, long late) {
    return within + late == 0 ? null : (double) within / (within + late);
  }

  private static ByteBuffer bytes(byte[] sketch) {
    return sketch == null ? null : ByteBuffer.wrap(sketch);
  }
}
