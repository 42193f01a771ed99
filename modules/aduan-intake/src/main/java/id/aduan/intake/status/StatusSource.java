package id.aduan.intake.status;

import id.aduan.intake.idempotency.LedgerEntry;
import id.aduan.intake.problem.Problem;
import id.aduan.intake.problem.ProblemException;
import java.util.Optional;

/**
 * Where the citizen-facing state of a complaint comes from. Intake alone knows only that it received a
 * complaint ({@link #RECEIVED_ONLY}); {@link CaseStateFollower} reads the tracker's {@code cases.state}.
 */
@FunctionalInterface
public interface StatusSource {
  StatusSource RECEIVED_ONLY = complaintId -> Optional.empty();

  /** What the tracker last said of the case, if it said anything yet. */
  Optional<CaseView> caseOf(String complaintId);

  /** The case as the citizen may see it: the tracker's state, or "received" while the tracker has none. */
  default CaseView viewOf(LedgerEntry entry) {
    return caseOf(entry.complaintId())
        .map(view -> view.confidential() || !entry.confidential() ? view : view.asConfidential())
        .orElseGet(() -> CaseView.received(entry));
  }

  /** Whether the source has read what existed when it started (readiness). */
  default boolean loaded() {
    return true;
  }

  /** Refuses an action that needs the case's state (503) while the source is still loading. */
  default void requireLoaded() {
    if (!loaded()) {
      throw new ProblemException(Problem.unavailable("Case statuses are still loading; try again in a moment"));
    }
  }
}
