package id.aduan.sink.rows;

import id.aduan.event.SkmElementMeans;
import id.aduan.event.UnitMetrics;
import id.aduan.sink.db.SqlBatch;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code metrics.units} into {@code unit_metrics}: the latest figures of each key (unit x category x channel
 * x day or month), the topic's key being the row's key. A tombstone removes the key's row.
 */
public final class UnitMetricsRows implements TopicRows<UnitMetrics> {
  private static final String UPSERT = Sql.upsertLatest("unit_metrics", columns(), "metrics_key");
  private static final String DELETE = "DELETE FROM unit_metrics WHERE metrics_key = ?";

  private static List<String> columns() {
    List<String> columns = new ArrayList<>(List.of("metrics_key", "period_type", "period", "period_start",
        "period_end", "time_zone", "unit_id", "category", "channel", "received", "duplicates", "routed", "triaged",
        "acknowledged", "resolved", "rejected", "transferred_in", "transferred_out", "reopened", "escalations",
        "first_responses", "first_responses_within_sla", "first_responses_late", "first_response_sla_share",
        "first_response_p50_working_ms", "first_response_p90_working_ms", "first_response_sketch", "resolutions",
        "resolutions_within_sla", "resolutions_late", "resolution_sla_share", "resolution_p50_working_ms",
        "resolution_p90_working_ms", "resolution_sketch", "surveys", "rankable"));
    columns.addAll(SkmColumns.prefixed("nrr_"));
    columns.addAll(List.of("skm", "skm_grade", "late_events", "as_of", "source_partition", "source_offset"));
    return columns;
  }

  @Override
  public void add(SqlBatch batch, String key, UnitMetrics m, int partition, long offset) throws SQLException {
    if (key == null) {
      throw new RefusedRecordException("record key is missing: metrics.units is keyed by period, unit, category and channel");
    }
    if (m == null) {
      batch.add(DELETE, key);
      return;
    }
    batch.add(UPSERT, Sql.row(key, m.getPeriodType(), m.getPeriod(), m.getPeriodStart(), m.getPeriodEnd(),
        m.getTimeZone(), m.getUnitId(), m.getCategory(), m.getChannel(), m.getReceived(), m.getDuplicates(),
        m.getRouted(), m.getTriaged(), m.getAcknowledged(), m.getResolved(), m.getRejected(), m.getTransferredIn(),
        m.getTransferredOut(), m.getReopened(), m.getEscalations(), m.getFirstResponses(),
        m.getFirstResponsesWithinSla(), m.getFirstResponsesLate(), m.getFirstResponseSlaShare(),
        m.getFirstResponseP50WorkingMillis(), m.getFirstResponseP90WorkingMillis(), m.getFirstResponseSketch(),
        m.getResolutions(), m.getResolutionsWithinSla(), m.getResolutionsLate(), m.getResolutionSlaShare(),
        m.getResolutionP50WorkingMillis(), m.getResolutionP90WorkingMillis(), m.getResolutionSketch(),
        m.getSurveys(), m.getRankable(), means(m.getNrr()), m.getSkm(), m.getSkmGrade(), m.getLateEvents(),
        m.getAsOf(), partition, offset));
  }

  private static Object[] means(SkmElementMeans n) {
    if (n == null) {
      return new Object[SkmColumns.ELEMENTS.size()];
    }
    return new Object[] {n.getPersyaratan(), n.getProsedur(), n.getWaktu(), n.getBiaya(), n.getProduk(),
        n.getKompetensi(), n.getPerilaku(), n.getPenangananPengaduan(), n.getSarana()};
  }
}
