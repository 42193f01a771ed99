-- Views for the questions an agency asks. Times are UTC timestamps; working times are milliseconds of the
-- unit's working calendar as the tracker counted them.

-- Grade of an SKM value (PermenPANRB 14/2017), on the value rounded to two decimals.
CREATE FUNCTION skm_grade(skm double precision) RETURNS text
  LANGUAGE sql IMMUTABLE
  RETURN CASE
    WHEN skm IS NULL THEN NULL
    WHEN round(skm::numeric, 2) >= 88.31 THEN 'A'
    WHEN round(skm::numeric, 2) >= 76.61 THEN 'B'
    WHEN round(skm::numeric, 2) >= 65.00 THEN 'C'
    ELSE 'D'
  END;

-- Open cases whose first-response or resolution deadline has passed, one row per case.
CREATE VIEW open_cases_past_sla AS
SELECT complaint_id, unit_id, unit_name, category, status, received_at,
       CASE WHEN status IN ('ROUTED', 'TRANSFERRED') AND first_response_due < now()
            THEN first_response_due END AS first_response_due_passed,
       CASE WHEN resolution_due < now() THEN resolution_due END AS resolution_due_passed,
       now() - LEAST(CASE WHEN status IN ('ROUTED', 'TRANSFERRED') THEN first_response_due END,
                     resolution_due) AS overdue_for
FROM cases
WHERE status IN ('ROUTED', 'TRANSFERRED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REOPENED')
  AND ((status IN ('ROUTED', 'TRANSFERRED') AND first_response_due < now()) OR resolution_due < now());

-- Per unit: open cases, and how many of them are past a deadline.
CREATE VIEW open_cases_past_sla_by_unit AS
SELECT c.unit_id,
       max(c.unit_name) AS unit_name,
       count(*) AS open_cases,
       count(p.complaint_id) AS past_sla,
       count(p.first_response_due_passed) AS past_first_response_due,
       count(p.resolution_due_passed) AS past_resolution_due,
       max(p.overdue_for) AS longest_overdue
FROM cases c
LEFT JOIN open_cases_past_sla p ON p.complaint_id = c.complaint_id
WHERE c.status IN ('ROUTED', 'TRANSFERRED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REOPENED')
GROUP BY c.unit_id;

-- Per unit and day or month, the tracker's figures added over categories and channels. SKM is recomputed
-- from NRR x surveys, so it weighs every answer once.
CREATE VIEW unit_period_totals AS
WITH sums AS (
  SELECT period_type, period, unit_id,
         sum(received) AS received, sum(duplicates) AS duplicates, sum(routed) AS routed,
         sum(resolved) AS resolved, sum(rejected) AS rejected, sum(reopened) AS reopened,
         sum(escalations) AS escalations,
         sum(first_responses) AS first_responses,
         sum(first_responses_within_sla) AS first_responses_within_sla,
         sum(first_responses_late) AS first_responses_late,
         sum(resolutions) AS resolutions,
         sum(resolutions_within_sla) AS resolutions_within_sla,
         sum(resolutions_late) AS resolutions_late,
         sum(surveys) AS surveys,
         sum(coalesce(nrr_persyaratan, 0) * surveys) AS s1, sum(coalesce(nrr_prosedur, 0) * surveys) AS s2,
         sum(coalesce(nrr_waktu, 0) * surveys) AS s3, sum(coalesce(nrr_biaya, 0) * surveys) AS s4,
         sum(coalesce(nrr_produk, 0) * surveys) AS s5, sum(coalesce(nrr_kompetensi, 0) * surveys) AS s6,
         sum(coalesce(nrr_perilaku, 0) * surveys) AS s7,
         sum(coalesce(nrr_penanganan_pengaduan, 0) * surveys) AS s8, sum(coalesce(nrr_sarana, 0) * surveys) AS s9
  FROM unit_metrics
  WHERE unit_id IS NOT NULL
  GROUP BY period_type, period, unit_id
)
SELECT period_type, period, unit_id, received, duplicates, routed, resolved, rejected, reopened, escalations,
       first_responses, first_responses_within_sla, first_responses_late,
       first_responses_within_sla::double precision
         / NULLIF(first_responses_within_sla + first_responses_late, 0) AS first_response_sla_share,
       resolutions, resolutions_within_sla, resolutions_late,
       resolutions_within_sla::double precision
         / NULLIF(resolutions_within_sla + resolutions_late, 0) AS resolution_sla_share,
       surveys,
       s1 / NULLIF(surveys, 0) AS nrr_persyaratan, s2 / NULLIF(surveys, 0) AS nrr_prosedur,
       s3 / NULLIF(surveys, 0) AS nrr_waktu, s4 / NULLIF(surveys, 0) AS nrr_biaya,
       s5 / NULLIF(surveys, 0) AS nrr_produk, s6 / NULLIF(surveys, 0) AS nrr_kompetensi,
       s7 / NULLIF(surveys, 0) AS nrr_perilaku, s8 / NULLIF(surveys, 0) AS nrr_penanganan_pengaduan,
       s9 / NULLIF(surveys, 0) AS nrr_sarana,
       (s1 + s2 + s3 + s4 + s5 + s6 + s7 + s8 + s9) / NULLIF(surveys, 0) * 0.11 * 25 AS skm
FROM sums;

-- SKM per unit and period with its grade and sample size.
CREATE VIEW unit_skm AS
SELECT period_type, period, unit_id, surveys,
       nrr_persyaratan, nrr_prosedur, nrr_waktu, nrr_biaya, nrr_produk, nrr_kompetensi, nrr_perilaku,
       nrr_penanganan_pengaduan, nrr_sarana,
       round(skm::numeric, 2) AS skm, skm_grade(skm) AS skm_grade
FROM unit_period_totals
WHERE surveys > 0;

-- The monthly league table: units ranked by SKM, then by resolutions within SLA. A unit with fewer survey
-- answers than report_settings' league.minimum_surveys is listed with ranked = false and no rank.
CREATE VIEW unit_league_monthly AS
WITH totals AS (
  SELECT t.*,
         t.surveys >= (SELECT value::bigint FROM report_settings WHERE name = 'league.minimum_surveys') AS ranked
  FROM unit_period_totals t
  WHERE t.period_type = 'month'
)
SELECT period, unit_id,
       CASE WHEN ranked THEN rank() OVER (PARTITION BY period, ranked
                                          ORDER BY skm DESC NULLS LAST, resolution_sla_share DESC NULLS LAST) END
         AS league_rank,
       ranked, surveys, round(skm::numeric, 2) AS skm, skm_grade(skm) AS skm_grade,
       received, resolutions, resolutions_within_sla, resolution_sla_share,
       first_responses, first_responses_within_sla, first_response_sla_share, escalations
FROM totals;

-- Median and 90th percentile working times per unit and category, exact, from the current cases.
CREATE VIEW response_times AS
SELECT unit_id, category,
       count(first_response_working_ms) AS first_responses,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response_working_ms) AS first_response_p50_ms,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY first_response_working_ms) AS first_response_p90_ms,
       count(resolution_working_ms) AS resolutions,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY resolution_working_ms) AS resolution_p50_ms,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY resolution_working_ms) AS resolution_p90_ms
FROM cases
WHERE unit_id IS NOT NULL
GROUP BY unit_id, category;
