package id.aduan.intake.status;

import id.aduan.event.CaseState;
import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicFollower;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Intake's read model of the tracker's compacted {@code cases.state}: one {@link CaseView} per complaint id,
 * in memory, kept by a {@link TopicFollower} (committed data only, no consumer group: every instance keeps
 * all cases). A status change shows within a fetch of the tracker's commit; a tombstone removes the case.
 *
 * <p>Memory: a view holds no complaint text, only status, times, the unit's interned id and name, and the
 * public notes (each at most {@value CaseView#MAX_NOTE} characters, at most {@value CaseView#MAX_HISTORY}
 * history entries). A typical case (five changes, two short notes) costs about 0.8 KB of heap; see the
 * module README for the measurement and for when an on-disk map would be the better choice.
 */
public final class CaseStateFollower implements StatusSource, AutoCloseable {
  private final Map<String, CaseView> cases = new ConcurrentHashMap<>();
  private final TopicFollower<CaseState> follower;

  public CaseStateFollower(Topic<String, CaseState> topic, Map<String, Object> clientProps) {
    follower = new TopicFollower<>(topic, clientProps, "intake-case-state", (id, state) -> {
      if (state == null) {
        cases.remove(id);
      } else {
        cases.put(id, CaseView.of(state));
      }
    });
  }

  /** Starts loading in the background; {@link #loaded()} tells when the initial load is complete. */
  public CaseStateFollower start() {
    follower.start();
    return this;
  }

  @Override
  public Optional<CaseView> caseOf(String complaintId) {
    return Optional.ofNullable(complaintId == null ? null : cases.get(complaintId));
  }

  @Override
  public boolean loaded() {
    return follower.loaded();
  }

  /** Cases held, for the start-up log and tests. */
  public int size() {
    return cases.size();
  }

  @Override
  public void close() {
    follower.close();
  }
}
