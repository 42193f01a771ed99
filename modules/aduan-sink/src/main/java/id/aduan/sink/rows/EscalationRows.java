package id.aduan.sink.rows;

import id.aduan.event.CaseEscalated;
import id.aduan.sink.db.SqlBatch;
import java.sql.SQLException;
import java.util.List;

/** {@code cases.escalations} into {@code escalations}, once per complaint, deadline, level and time. */
public final class EscalationRows implements TopicRows<CaseEscalated> {
  private static final String INSERT = Sql.insertOnce("escalations", List.of("complaint_id", "event_time", "reason",
      "level", "status", "unit_id", "escalated_to_unit_id", "category", "urgency", "due_at", "overdue_working_ms",
      "note"));

  @Override
  public void add(SqlBatch batch, String key, CaseEscalated e, int partition, long offset) throws SQLException {
    EventTopics.requireValue(e, "cases.escalations");
    batch.add(INSERT, e.getComplaintId(), e.getEventTime(), e.getReason(), e.getLevel(), e.getStatus(),
        e.getUnitId(), e.getEscalatedToUnitId(), e.getCategory(), e.getUrgency(), e.getDueAt(),
        e.getOverdueWorkingMillis(), e.getNote());
  }
}
