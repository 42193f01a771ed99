package id.aduan.text.urgency;

import java.util.List;

/** The urgency of a complaint and every rule that led to it, highest level first. */
public record UrgencyAssessment(Urgency level, List<UrgencyReason> reasons) {

  public UrgencyAssessment {
    reasons = List.copyOf(reasons);
  }

  /** The first reason at the assessed level, or null for a NORMAL complaint that matched nothing. */
  public UrgencyReason mainReason() {
    return reasons.isEmpty() ? null : reasons.get(0);
  }
}
