package id.aduan.sink.rows;

import id.aduan.event.SurveyResponse;
import id.aduan.sink.db.SqlBatch;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code surveys.responses} into {@code surveys}, once per {@code responseId}. The comment is free text
 * (masked by intake, but written by a citizen, and any producer may publish here): only whether there was
 * one is stored.
 */
public final class SurveyRows implements TopicRows<SurveyResponse> {
  private static final String INSERT = Sql.insertOnce("surveys", columns());

  private static List<String> columns() {
    List<String> columns = new ArrayList<>(List.of("response_id", "complaint_id", "event_time", "unit_id", "channel"));
    columns.addAll(SkmColumns.ELEMENTS);
    columns.add("has_comment");
    return columns;
  }

  @Override
  public void add(SqlBatch batch, String key, SurveyResponse s, int partition, long offset) throws SQLException {
    EventTopics.requireValue(s, "surveys.responses");
    boolean comment = s.getComment() != null && !s.getComment().isBlank();
    batch.add(INSERT, Sql.row(s.getResponseId(), s.getComplaintId(), s.getEventTime(), s.getUnitId(), s.getChannel(),
        SkmColumns.scores(s.getScores()), comment));
  }
}
