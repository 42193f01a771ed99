package id.aduan.streams.tracker;

import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.SkmScores;
import id.aduan.event.SurveyResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The citizen's SKM answer about one case (PermenPANRB 14/2017): accepted once, for a resolved or closed
 * case, with all nine elements scored 1–4. It closes a resolved case at once: the citizen has judged it.
 */
final class Surveys {
  /** The official weight of each of the nine elements (not 1/9). */
  static final double ELEMENT_WEIGHT = 0.11;
  /** Converts the weighted mean (1–4) to the 25–100 scale. */
  static final double SCALE = 25;

  private Surveys() {}

  static CaseState accept(CaseState state, SurveyResponse response) {
    if (state == null) {
      throw Refusal.UNKNOWN_CASE.because("no case " + response.getComplaintId() + " to rate");
    }
    if (state.getSurveyedAt() != null) {
      throw Refusal.REPEATED_SURVEY.because("case " + state.getComplaintId() + " was already rated at "
          + state.getSurveyedAt() + " (response " + response.getResponseId() + ")");
    }
    if (state.getStatus() != CaseStatus.RESOLVED && state.getStatus() != CaseStatus.CLOSED) {
      throw Refusal.SURVEY_BEFORE_RESOLUTION.because(
          "case " + state.getComplaintId() + " is " + state.getStatus() + "; only RESOLVED or CLOSED cases are rated");
    }
    if (response.getUnitId() != null && !response.getUnitId().equals(state.getUnitId())) {
      throw Refusal.WRONG_UNIT.because("survey rates unit " + response.getUnitId() + " but case "
          + state.getComplaintId() + " is with " + state.getUnitId());
    }
    List<String> outOfRange = new ArrayList<>();
    elements(response.getScores()).forEach((element, score) -> {
      if (score < 1 || score > 4) {
        outOfRange.add(element + "=" + score);
      }
    });
    if (!outOfRange.isEmpty()) {
      throw Refusal.SCORE_OUT_OF_RANGE.because("scores must be 1-4: " + String.join(", ", outOfRange));
    }
    CaseState rated = CaseState.newBuilder(state)
        .setSurveyScores(response.getScores())
        .setSurveyedAt(response.getEventTime())
        .setSatisfactionScore(skm(response.getScores()))
        .build();
    return rated.getStatus() == CaseStatus.RESOLVED
        ? SlaClock.close(rated, response.getEventTime(), "citizen", "survey answered")
        : rated;
  }

  /** SKM of one answer: Σ(score × 0.11) × 25. */
  static double skm(SkmScores scores) {
    double weighted = 0;
    for (int score : elements(scores).values()) {
      weighted += score * ELEMENT_WEIGHT;
    }
    return weighted * SCALE;
  }

  private static Map<String, Integer> elements(SkmScores s) {
    Map<String, Integer> all = new LinkedHashMap<>();
    all.put("persyaratan", s.getPersyaratan());
    all.put("prosedur", s.getProsedur());
    all.put("waktu", s.getWaktu());
    all.put("biaya", s.getBiaya());
    all.put("produk", s.getProduk());
    all.put("kompetensi", s.getKompetensi());
    all.put("perilaku", s.getPerilaku());
    all.put("penangananPengaduan", s.getPenangananPengaduan());
    all.put("sarana", s.getSarana());
    return all;
  }
}
