package id.aduan.sink;

import id.aduan.event.Channel;
import id.aduan.event.SkmElementMeans;
import id.aduan.event.UnitMetrics;
import java.time.Instant;

/** UnitMetrics records with the figures the views read. */
final class UnitMetricsRecords {
  private UnitMetricsRecords() {}

  /** Figures of one key: resolutions (all within SLA) and surveys whose every element has the same mean. */
  static UnitMetrics of(String periodType, String period, String unit, String category, long resolutions,
      long surveys, double nrr) {
    double skm = nrr * 9 * 0.11 * 25;
    return UnitMetrics.newBuilder()
        .setPeriodType(periodType).setPeriod(period).setPeriodStart(Events.T0).setPeriodEnd(Events.T0.plusSeconds(86_400))
        .setTimeZone("Asia/Jakarta").setUnitId(unit).setCategory(category).setChannel(Channel.WEB)
        .setReceived(resolutions).setRouted(resolutions).setResolved(resolutions)
        .setResolutions(resolutions).setResolutionsWithinSla(resolutions).setResolutionSlaShare(resolutions > 0 ? 1.0 : null)
        .setSurveys(surveys).setRankable(surveys >= 30)
        .setNrr(SkmElementMeans.newBuilder().setPersyaratan(nrr).setProsedur(nrr).setWaktu(nrr).setBiaya(nrr)
            .setProduk(nrr).setKompetensi(nrr).setPerilaku(nrr).setPenangananPengaduan(nrr).setSarana(nrr).build())
        .setSkm(skm).setSkmGrade(skm >= 88.31 ? "A" : skm >= 76.61 ? "B" : skm >= 65 ? "C" : "D")
        .setAsOf(Instant.parse("2026-11-03T00:00:00Z"))
        .build();
  }
}
