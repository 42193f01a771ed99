package id.aduan.console.read;

import id.aduan.console.auth.Principal;
import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.Unit;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.events.topic.TopicFollower;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The console's read model, in memory: every case of the tracker's {@code cases.state}, the complaints
 * waiting on {@code complaints.triage} (for the classifier's candidates, which the case does not carry) and
 * the units of {@code config.units}. Each is kept by a {@link TopicFollower}; every instance holds all.
 * Access rules live here, so that every page and the JSON API see cases through the same checks.
 */
public final class CaseBook implements AutoCloseable {
  /** Statuses a triage complaint may still have while it waits for a person. */
  private static final Set<CaseStatus> WAITING = EnumSet.of(CaseStatus.RECEIVED, CaseStatus.TRIAGE);

  private final Map<String, CaseState> cases = new ConcurrentHashMap<>();
  private final Map<String, ComplaintClassified> triage = new ConcurrentHashMap<>();
  private final Map<String, Unit> units = new ConcurrentHashMap<>();
  private final List<TopicFollower<?>> followers;

  public CaseBook(TopicCatalogue topics, Map<String, Object> clientProps) {
    followers = List.of(
        new TopicFollower<>(topics.caseState(), clientProps, "console-cases", this::applyCase),
        new TopicFollower<>(topics.complaintsTriage(), clientProps, "console-triage", this::applyTriage),
        new TopicFollower<>(topics.units(), clientProps, "console-units", this::applyUnit));
  }

  public CaseBook start() {
    followers.forEach(TopicFollower::start);
    return this;
  }

  /** Whether every topic was read up to where it ended at start. */
  public boolean loaded() {
    return followers.stream().allMatch(TopicFollower::loaded);
  }

  void applyCase(String id, CaseState state) {
    if (state == null) {
      cases.remove(id);
      return;
    }
    cases.put(id, state);
    if (!WAITING.contains(state.getStatus())) {
      triage.remove(id);
    }
  }

  void applyTriage(String id, ComplaintClassified complaint) {
    CaseState state = cases.get(id);
    if (complaint != null && (state == null || WAITING.contains(state.getStatus()))) {
      triage.put(id, complaint);
    }
  }

  void applyUnit(String id, Unit unit) {
    if (unit == null) {
      units.remove(id);
    } else {
      units.put(id, unit);
    }
  }

  /**
   * The case if the principal may see it: a unit its own cases (the ones it is responsible for now), an
   * admin every case. Anything else is "not found", so a unit cannot learn which ids exist elsewhere.
   */
  public Optional<CaseState> visibleCase(Principal who, String id) {
    CaseState state = id == null ? null : cases.get(id);
    if (state == null || !(who.admin() || who.ofUnit(state.getUnitId()))) {
      return Optional.empty();
    }
    return Optional.of(state);
  }

  /** Every case the principal may see. */
  public Stream<CaseState> visibleCases(Principal who) {
    return cases.values().stream().filter(s -> who.admin() || s.getUnitId() != null && who.ofUnit(s.getUnitId()));
  }

  /** A case waiting in triage, with the classifier's view of it when {@code complaints.triage} still has it. */
  public record TriageItem(CaseState state, ComplaintClassified complaint) {}

  /**
   * Cases waiting for a person, oldest first: those the tracker holds as TRIAGE (before that a hand routing
   * would be refused as an impossible transition). The case carries the masked text, so a case whose triage
   * record has left {@code complaints.triage} (retention) is still listed, without the candidates.
   */
  public List<TriageItem> triageQueue() {
    return cases.values().stream()
        .filter(s -> s.getStatus() == CaseStatus.TRIAGE)
        .sorted(Comparator.comparing(CaseState::getReceivedAt))
        .map(s -> new TriageItem(s, triage.get(s.getComplaintId())))
        .toList();
  }

  public Optional<ComplaintClassified> triageComplaint(String id) {
    return Optional.ofNullable(id == null ? null : triage.get(id));
  }

  /** Every category seen on a case or among the classifier's candidates, sorted. */
  public SortedSet<String> categories() {
    SortedSet<String> all = new TreeSet<>();
    cases.values().forEach(s -> {
      if (s.getCategory() != null) {
        all.add(s.getCategory());
      }
    });
    triage.values().forEach(c -> {
      all.add(c.getCategory());
      c.getCandidates().forEach(score -> all.add(score.getCategory()));
    });
    return all;
  }

  /** The units a case may be routed or transferred to, by name. */
  public List<Unit> units() {
    return units.values().stream().sorted(Comparator.comparing(Unit::getName)).toList();
  }

  public Optional<Unit> unit(String id) {
    return Optional.ofNullable(id == null ? null : units.get(id));
  }

  /** Whether the text may be shown: a confidential complaint's text only to the unit it is assigned to. */
  public static boolean textVisible(Principal who, CaseState state) {
    return !state.getConfidential() || state.getUnitId() != null && who.ofUnit(state.getUnitId());
  }

  @Override
  public void close() {
    followers.forEach(TopicFollower::close);
  }
}
