package id.aduan.sink.rows;

import id.aduan.event.CaseState;
import id.aduan.event.StatusChange;
import id.aduan.sink.db.SqlBatch;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cases.state} into {@code cases} (the latest state of each complaint) and {@code case_events} (each
 * entry of its history, once: the history only grows, so entry n of any later state is entry n of this one).
 * A tombstone erases the complaint from both.
 */
public final class CaseRows implements TopicRows<CaseState> {
  private static final List<String> COLUMNS = columns();
  private static final String UPSERT = Sql.upsertLatest("cases", COLUMNS, "complaint_id");
  private static final String EVENT = Sql.insertOnce("case_events",
      List.of("complaint_id", "seq", "status", "at", "unit_id", "actor", "note", "update_id"));
  private static final String DELETE_CASE = "DELETE FROM cases WHERE complaint_id = ?";
  private static final String DELETE_EVENTS = "DELETE FROM case_events WHERE complaint_id = ?";

  private static List<String> columns() {
    List<String> columns = new ArrayList<>(List.of("complaint_id", "event_time", "status", "unit_id", "unit_name",
        "channel", "category", "urgency", "region_code", "confidential", "duplicate_of", "rule_id", "rule_version",
        "received_at", "routed_at", "first_response_at", "resolved_at", "closed_at", "first_response_due",
        "resolution_due", "first_response_overdue", "resolution_overdue", "first_response_working_ms",
        "resolution_working_ms", "transfer_count", "reopen_count", "escalation_count",
        "first_response_escalation_level", "resolution_escalation_level", "masked_title", "masked_text",
        "masked_address", "last_note", "satisfaction_score", "surveyed_at"));
    columns.addAll(SkmColumns.prefixed("skm_"));
    columns.addAll(List.of("source_partition", "source_offset"));
    return List.copyOf(columns);
  }

  @Override
  public void add(SqlBatch batch, String key, CaseState c, int partition, long offset) throws SQLException {
    if (key == null) {
      throw new RefusedRecordException("record key is missing: cases.state is keyed by complaintId");
    }
    if (c == null) {
      batch.add(DELETE_EVENTS, key);
      batch.add(DELETE_CASE, key);
      return;
    }
    if (!key.equals(c.getComplaintId())) {
      throw new RefusedRecordException("record key \"" + key + "\" is not the state's complaintId \""
          + c.getComplaintId() + "\"");
    }
    batch.add(UPSERT, Sql.row(c.getComplaintId(), c.getEventTime(), c.getStatus(), c.getUnitId(), c.getUnitName(),
        c.getChannel(), c.getCategory(), c.getUrgency(), c.getRegionCode(), c.getConfidential(), c.getDuplicateOf(),
        c.getRuleId(), c.getRuleVersion(), c.getReceivedAt(), c.getRoutedAt(), c.getFirstResponseAt(),
        c.getResolvedAt(), c.getClosedAt(), c.getFirstResponseDue(), c.getResolutionDue(),
        c.getFirstResponseOverdue(), c.getResolutionOverdue(), c.getFirstResponseWorkingMillis(),
        c.getResolutionWorkingMillis(), c.getTransferCount(), c.getReopenCount(), c.getEscalationCount(),
        c.getFirstResponseEscalationLevel(), c.getResolutionEscalationLevel(), c.getMaskedTitle(),
        c.getMaskedText(), c.getMaskedAddress(), c.getLastNote(), c.getSatisfactionScore(), c.getSurveyedAt(),
        SkmColumns.scores(c.getSurveyScores()), partition, offset));
    List<StatusChange> history = c.getHistory();
    for (int seq = 0; seq < history.size(); seq++) {
      StatusChange change = history.get(seq);
      batch.add(EVENT, c.getComplaintId(), seq, change.getStatus(), change.getAt(), change.getUnitId(),
          change.getActor(), change.getNote(), change.getUpdateId());
    }
  }
}
