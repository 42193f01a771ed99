package id.aduan.sink.rows;

import id.aduan.event.ResolutionMetrics;
import id.aduan.sink.db.SqlBatch;
import java.sql.SQLException;
import java.util.List;

/** {@code metrics.resolution} into {@code resolution_metrics}, once per complaint, time and status. */
public final class ResolutionRows implements TopicRows<ResolutionMetrics> {
  private static final String INSERT = Sql.insertOnce("resolution_metrics", List.of("complaint_id", "event_time",
      "status", "unit_id", "category", "channel", "region_code", "urgency", "rule_id", "rule_version", "received_at",
      "first_response_at", "resolved_at", "first_response_working_ms", "resolution_working_ms",
      "first_response_sla_met", "resolution_sla_met", "transfer_count", "reopen_count", "escalation_count",
      "duplicate", "satisfaction_score"));

  @Override
  public void add(SqlBatch batch, String key, ResolutionMetrics m, int partition, long offset) throws SQLException {
    EventTopics.requireValue(m, "metrics.resolution");
    batch.add(INSERT, m.getComplaintId(), m.getEventTime(), m.getStatus(), m.getUnitId(), m.getCategory(),
        m.getChannel(), m.getRegionCode(), m.getUrgency(), m.getRuleId(), m.getRuleVersion(), m.getReceivedAt(),
        m.getFirstResponseAt(), m.getResolvedAt(), m.getFirstResponseWorkingMillis(), m.getResolutionWorkingMillis(),
        m.getFirstResponseSlaMet(), m.getResolutionSlaMet(), m.getTransferCount(), m.getReopenCount(),
        m.getEscalationCount(), m.getDuplicate(), m.getSatisfactionScore());
  }
}
