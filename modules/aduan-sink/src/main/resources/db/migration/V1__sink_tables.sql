-- Tables of the Aduan sink. Every row comes from one Kafka record; each table is keyed by the record's
-- natural key, so that storing a record again (a replay, a retried batch) changes nothing.
-- Texts are the masked texts of the events: no contact details, no identity numbers.

-- The current state of each complaint (cases.state), one row per complaint.
CREATE TABLE cases (
  complaint_id                    text PRIMARY KEY,
  event_time                      timestamptz NOT NULL,
  status                          text NOT NULL,
  unit_id                         text,
  unit_name                       text,
  channel                         text NOT NULL,
  category                        text,
  urgency                         text NOT NULL,
  region_code                     text,
  confidential                    boolean NOT NULL,
  duplicate_of                    text,
  rule_id                         text,
  rule_version                    integer,
  received_at                     timestamptz NOT NULL,
  routed_at                       timestamptz,
  first_response_at               timestamptz,
  resolved_at                     timestamptz,
  closed_at                       timestamptz,
  first_response_due              timestamptz,
  resolution_due                  timestamptz,
  first_response_overdue          boolean NOT NULL,
  resolution_overdue              boolean NOT NULL,
  first_response_working_ms       bigint CHECK (first_response_working_ms >= 0),
  resolution_working_ms           bigint CHECK (resolution_working_ms >= 0),
  transfer_count                  integer NOT NULL,
  reopen_count                    integer NOT NULL,
  escalation_count                integer NOT NULL,
  first_response_escalation_level integer NOT NULL,
  resolution_escalation_level     integer NOT NULL,
  masked_title                    text,
  masked_text                     text,
  masked_address                  text,
  last_note                       text,
  satisfaction_score              double precision CHECK (satisfaction_score BETWEEN 25 AND 100),
  surveyed_at                     timestamptz,
  skm_persyaratan                 smallint CHECK (skm_persyaratan BETWEEN 1 AND 4),
  skm_prosedur                    smallint CHECK (skm_prosedur BETWEEN 1 AND 4),
  skm_waktu                       smallint CHECK (skm_waktu BETWEEN 1 AND 4),
  skm_biaya                       smallint CHECK (skm_biaya BETWEEN 1 AND 4),
  skm_produk                      smallint CHECK (skm_produk BETWEEN 1 AND 4),
  skm_kompetensi                  smallint CHECK (skm_kompetensi BETWEEN 1 AND 4),
  skm_perilaku                    smallint CHECK (skm_perilaku BETWEEN 1 AND 4),
  skm_penanganan_pengaduan        smallint CHECK (skm_penanganan_pengaduan BETWEEN 1 AND 4),
  skm_sarana                      smallint CHECK (skm_sarana BETWEEN 1 AND 4),
  -- where the row's record is: a state read again from an older offset never replaces a newer one
  source_partition                integer NOT NULL,
  source_offset                   bigint NOT NULL
);
CREATE INDEX cases_unit_status ON cases (unit_id, status);

-- Every status change of every case (the history inside cases.state), append-only.
CREATE TABLE case_events (
  complaint_id text NOT NULL,
  seq          integer NOT NULL,
  status       text NOT NULL,
  at           timestamptz NOT NULL,
  unit_id      text,
  actor        text,
  note         text,
  update_id    text,
  PRIMARY KEY (complaint_id, seq)
);

-- Missed deadlines (cases.escalations); each level of each deadline is raised once.
CREATE TABLE escalations (
  complaint_id         text NOT NULL,
  event_time           timestamptz NOT NULL,
  reason               text NOT NULL,
  level                integer NOT NULL,
  status               text NOT NULL,
  unit_id              text,
  escalated_to_unit_id text,
  category             text,
  urgency              text NOT NULL,
  due_at               timestamptz,
  overdue_working_ms   bigint,
  note                 text,
  PRIMARY KEY (complaint_id, reason, level, event_time)
);

-- SKM survey answers (surveys.responses): the nine scores only. The optional comment is free text a
-- citizen wrote; it is not stored here, only whether there was one.
CREATE TABLE surveys (
  response_id              text PRIMARY KEY,
  complaint_id             text NOT NULL,
  event_time               timestamptz NOT NULL,
  unit_id                  text,
  channel                  text NOT NULL,
  persyaratan              smallint NOT NULL CHECK (persyaratan BETWEEN 1 AND 4),
  prosedur                 smallint NOT NULL CHECK (prosedur BETWEEN 1 AND 4),
  waktu                    smallint NOT NULL CHECK (waktu BETWEEN 1 AND 4),
  biaya                    smallint NOT NULL CHECK (biaya BETWEEN 1 AND 4),
  produk                   smallint NOT NULL CHECK (produk BETWEEN 1 AND 4),
  kompetensi               smallint NOT NULL CHECK (kompetensi BETWEEN 1 AND 4),
  perilaku                 smallint NOT NULL CHECK (perilaku BETWEEN 1 AND 4),
  penanganan_pengaduan     smallint NOT NULL CHECK (penanganan_pengaduan BETWEEN 1 AND 4),
  sarana                   smallint NOT NULL CHECK (sarana BETWEEN 1 AND 4),
  has_comment              boolean NOT NULL,
  -- one answer's SKM value: sum(score x 0.11) x 25 (PermenPANRB 14/2017)
  skm numeric(5, 2) GENERATED ALWAYS AS (
    (persyaratan + prosedur + waktu + biaya + produk + kompetensi + perilaku + penanganan_pengaduan + sarana)
      * 0.11 * 25) STORED
);
CREATE INDEX surveys_complaint ON surveys (complaint_id);

-- Outcomes per complaint as the tracker published them (metrics.resolution): one row per record.
CREATE TABLE resolution_metrics (
  complaint_id                  text NOT NULL,
  event_time                    timestamptz NOT NULL,
  status                        text NOT NULL,
  unit_id                       text NOT NULL,
  category                      text NOT NULL,
  channel                       text NOT NULL,
  region_code                   text,
  urgency                       text NOT NULL,
  rule_id                       text,
  rule_version                  integer,
  received_at                   timestamptz NOT NULL,
  first_response_at             timestamptz,
  resolved_at                   timestamptz,
  first_response_working_ms     bigint,
  resolution_working_ms         bigint,
  first_response_sla_met        boolean NOT NULL,
  resolution_sla_met            boolean NOT NULL,
  transfer_count                integer NOT NULL,
  reopen_count                  integer NOT NULL,
  escalation_count              integer NOT NULL,
  duplicate                     boolean NOT NULL,
  satisfaction_score            double precision CHECK (satisfaction_score BETWEEN 25 AND 100),
  PRIMARY KEY (complaint_id, event_time, status)
);

-- Per unit x category x channel x day or month (metrics.units), the latest figures of each key.
CREATE TABLE unit_metrics (
  metrics_key                       text PRIMARY KEY,
  period_type                       text NOT NULL CHECK (period_type IN ('day', 'month')),
  period                            text NOT NULL,
  period_start                      timestamptz NOT NULL,
  period_end                        timestamptz NOT NULL,
  time_zone                         text NOT NULL,
  unit_id                           text,
  category                          text,
  channel                           text NOT NULL,
  received                          bigint NOT NULL,
  duplicates                        bigint NOT NULL,
  routed                            bigint NOT NULL,
  triaged                           bigint NOT NULL,
  acknowledged                      bigint NOT NULL,
  resolved                          bigint NOT NULL,
  rejected                          bigint NOT NULL,
  transferred_in                    bigint NOT NULL,
  transferred_out                   bigint NOT NULL,
  reopened                          bigint NOT NULL,
  escalations                       bigint NOT NULL,
  first_responses                   bigint NOT NULL,
  first_responses_within_sla        bigint NOT NULL,
  first_responses_late              bigint NOT NULL,
  first_response_sla_share          double precision,
  first_response_p50_working_ms     bigint,
  first_response_p90_working_ms     bigint,
  first_response_sketch             bytea,
  resolutions                       bigint NOT NULL,
  resolutions_within_sla            bigint NOT NULL,
  resolutions_late                  bigint NOT NULL,
  resolution_sla_share              double precision,
  resolution_p50_working_ms         bigint,
  resolution_p90_working_ms         bigint,
  resolution_sketch                 bytea,
  surveys                           bigint NOT NULL CHECK (surveys >= 0),
  rankable                          boolean NOT NULL,
  nrr_persyaratan                   double precision,
  nrr_prosedur                      double precision,
  nrr_waktu                         double precision,
  nrr_biaya                         double precision,
  nrr_produk                        double precision,
  nrr_kompetensi                    double precision,
  nrr_perilaku                      double precision,
  nrr_penanganan_pengaduan          double precision,
  nrr_sarana                        double precision,
  skm                               double precision,
  skm_grade                         text,
  late_events                       bigint NOT NULL,
  as_of                             timestamptz NOT NULL,
  source_partition                  integer NOT NULL,
  source_offset                     bigint NOT NULL
);
CREATE INDEX unit_metrics_period ON unit_metrics (period_type, period, unit_id);

-- Where the sink continues in each partition: written in the same transaction as the rows of the records
-- before that offset, so rows and position never disagree.
CREATE TABLE sink_offsets (
  topic       text NOT NULL,
  partition   integer NOT NULL,
  next_offset bigint NOT NULL CHECK (next_offset >= 0),
  PRIMARY KEY (topic, partition)
);

-- Settings of the reports; change them with UPDATE.
CREATE TABLE report_settings (
  name  text PRIMARY KEY,
  value text NOT NULL
);
INSERT INTO report_settings (name, value) VALUES ('league.minimum_surveys', '30');
