package id.aduan.sink.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The reports `aduan metrics` prints, read from the sink's views. */
public final class SinkReports {
  private final DataSource database;

  public SinkReports(DataSource database) {
    this.database = database;
  }

  /** The latest month with figures, e.g. {@code 2026-11}. */
  public Optional<String> latestMonth() throws SQLException {
    ResultTable latest = query("SELECT max(period) AS period FROM unit_league_monthly");
    return Optional.ofNullable((String) latest.rows().get(0).get(0));
  }

  /** The month's league table: ranked units first by rank, then the units below the minimum sample. */
  public ResultTable league(String month) throws SQLException {
    return query("SELECT league_rank, unit_id, ranked, surveys, skm, skm_grade, received, resolutions,"
        + " round(resolution_sla_share::numeric, 3) AS resolution_sla_share,"
        + " round(first_response_sla_share::numeric, 3) AS first_response_sla_share, escalations"
        + " FROM unit_league_monthly WHERE period = ? ORDER BY ranked DESC, league_rank, skm DESC NULLS LAST, unit_id",
        month);
  }

  /** One unit's month: its league row, SKM per element, and what is open past its deadlines now. */
  public ResultTable unitMonth(String unitId, String month) throws SQLException {
    return query("SELECT l.unit_id, l.period, l.league_rank, l.ranked, l.surveys, l.skm, l.skm_grade, l.received,"
        + " l.resolutions, l.resolutions_within_sla, round(l.resolution_sla_share::numeric, 3) AS resolution_sla_share,"
        + " l.first_responses, round(l.first_response_sla_share::numeric, 3) AS first_response_sla_share,"
        + " l.escalations,"
        + " round(s.nrr_persyaratan::numeric, 2) AS nrr_persyaratan, round(s.nrr_prosedur::numeric, 2) AS nrr_prosedur,"
        + " round(s.nrr_waktu::numeric, 2) AS nrr_waktu, round(s.nrr_biaya::numeric, 2) AS nrr_biaya,"
        + " round(s.nrr_produk::numeric, 2) AS nrr_produk, round(s.nrr_kompetensi::numeric, 2) AS nrr_kompetensi,"
        + " round(s.nrr_perilaku::numeric, 2) AS nrr_perilaku,"
        + " round(s.nrr_penanganan_pengaduan::numeric, 2) AS nrr_penanganan_pengaduan,"
        + " round(s.nrr_sarana::numeric, 2) AS nrr_sarana,"
        + " coalesce(o.open_cases, 0) AS open_cases_now, coalesce(o.past_sla, 0) AS open_past_sla_now"
        + " FROM unit_league_monthly l"
        + " LEFT JOIN unit_skm s ON s.period_type = 'month' AND s.period = l.period AND s.unit_id = l.unit_id"
        + " LEFT JOIN open_cases_past_sla_by_unit o ON o.unit_id = l.unit_id"
        + " WHERE l.unit_id = ? AND l.period = ?", unitId, month);
  }

  /** A unit's median and 90th percentile working times per category, in hours, from its cases. */
  public ResultTable responseTimes(String unitId) throws SQLException {
    return query("SELECT category, first_responses,"
        + " round((first_response_p50_ms / 3600000)::numeric, 1) AS first_response_p50_hours,"
        + " round((first_response_p90_ms / 3600000)::numeric, 1) AS first_response_p90_hours, resolutions,"
        + " round((resolution_p50_ms / 3600000)::numeric, 1) AS resolution_p50_hours,"
        + " round((resolution_p90_ms / 3600000)::numeric, 1) AS resolution_p90_hours"
        + " FROM response_times WHERE unit_id = ? ORDER BY category", unitId);
  }

  private ResultTable query(String sql, Object... parameters) throws SQLException {
    try (Connection c = database.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          columns.add(meta.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
          Object[] row = new Object[columns.size()];
          for (int i = 0; i < row.length; i++) {
            row[i] = rs.getObject(i + 1);
          }
          rows.add(Arrays.asList(row));
        }
        if (!c.getAutoCommit()) {
          c.rollback();
        }
        return new ResultTable(columns, rows);
      }
    }
  }
}
