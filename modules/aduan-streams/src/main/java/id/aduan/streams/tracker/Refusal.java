package id.aduan.streams.tracker;

import id.aduan.streams.dlq.RefusedRecordException;

/**
 * Why the tracker refuses an update or a survey answer. The code starts the DLQ record's reason header
 * ({@code aduan.dlq.reason: wrong-unit: …}) so that dead letters can be counted by cause.
 */
enum Refusal {
  KEY_MISMATCH("key-mismatch"),
  UNKNOWN_CASE("unknown-case"),
  DUPLICATE_UPDATE("duplicate-update"),
  OUT_OF_ORDER("out-of-order"),
  WRONG_UNIT("wrong-unit"),
  WRONG_ACTOR("wrong-actor"),
  IMPOSSIBLE_TRANSITION("impossible-transition"),
  MISSING_REASON("missing-reason"),
  MISSING_TARGET("missing-target"),
  UNKNOWN_UNIT("unknown-unit"),
  REOPEN_WINDOW_PASSED("reopen-window-passed"),
  SURVEY_BEFORE_RESOLUTION("survey-before-resolution"),
  REPEATED_SURVEY("repeated-survey"),
  SCORE_OUT_OF_RANGE("score-out-of-range");

  /** The stage header of every dead letter the tracker writes. */
  static final String STAGE = "tracker";

  private final String code;

  Refusal(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }

  RefusedRecordException because(String detail) {
    return new RefusedRecordException(STAGE, code + ": " + detail);
  }
}
