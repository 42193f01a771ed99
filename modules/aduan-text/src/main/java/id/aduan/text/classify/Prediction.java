package id.aduan.text.classify;

import java.util.List;

/**
 * A classifier's answer: the most probable label, its probability and the runners-up, most probable first.
 * {@code confidence} is a calibrated probability, so a triage threshold of 0.6 means "right about 60% of
 * the time or better" on data like the model's validation data.
 */
public record Prediction(String label, double confidence, List<Candidate> candidates) {

  public record Candidate(String label, double probability) {}

  public Prediction {
    candidates = List.copyOf(candidates);
  }

  public boolean isBelow(double threshold) {
    return confidence < threshold;
  }
}
