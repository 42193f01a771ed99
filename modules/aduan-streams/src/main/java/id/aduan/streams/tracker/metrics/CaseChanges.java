package id.aduan.streams.tracker.metrics;

import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.Channel;
import id.aduan.event.StatusChange;
import id.aduan.streams.tracker.metrics.MetricEvent.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a new case state into the events not counted yet, by comparing it with what was counted of the
 * same complaint before. A state equal to one already seen, or an older one delivered again, yields nothing.
 *
 * <p>Who is credited: a status change a unit makes (acknowledge, resolve, reject, transfer away, and a
 * reopen of its resolution) counts for the unit responsible before the change; routing, triage and a
 * transfer in count for the unit after it. Arrival counts once per complaint at receivedAt, as received
 * or (with duplicateOf set) as a duplicate, for the first unit the complaint went to (none while it has
 * not been routed). The first response and the first resolution count once, with the deadline
 * and working time the state shows then, for the unit that made them; a survey answer counts once for the
 * unit responsible when it was given. Every event is counted under the category the state has when the
 * event is counted, except arrival, which keeps the first category known.
 */
public final class CaseChanges {
  /** Status changes that stop the first-response clock (see CaseState.firstResponseAt). */
  private static final Set<CaseStatus> RESPONSES = EnumSet.of(
      CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.REJECTED,
      CaseStatus.TRANSFERRED);
  private static final Set<CaseStatus> RESOLUTIONS = EnumSet.of(CaseStatus.RESOLVED, CaseStatus.REJECTED);

  /** The events to count and what is then counted of the complaint. */
  public record Derived(CaseSummary summary, List<MetricEvent> events) {}

  private CaseChanges() {}

  /** Why a state cannot be counted (empty when it can): the metrics would be wrong, not just incomplete. */
  public static List<String> problems(CaseState state) {
    List<String> problems = new ArrayList<>();
    if (state.getSurveyScores() != null) {
      String survey = SkmIndex.problem(state.getSurveyScores());
      if (survey != null) {
        problems.add(survey);
      }
    }
    if (negative(state.getFirstResponseWorkingMillis())) {
      problems.add("firstResponseWorkingMillis is negative: " + state.getFirstResponseWorkingMillis());
    }
    if (negative(state.getResolutionWorkingMillis())) {
      problems.add("resolutionWorkingMillis is negative: " + state.getResolutionWorkingMillis());
    }
    return problems;
  }

  /** The events of {@code state} not yet counted according to {@code seen} (null: nothing counted yet). */
  public static Derived derive(CaseSummary seen, CaseState state) {
    List<MetricEvent> events = new ArrayList<>();
    Channel channel = state.getChannel();
    String category = state.getCategory();
    List<StatusChange> history = state.getHistory();

    // A duplicate link, once seen, stays: an older state delivered again does not undo it.
    boolean duplicate = state.getDuplicateOf() != null || seen != null && seen.countedAs() == Kind.DUPLICATE;
    Kind arrival = duplicate ? Kind.DUPLICATE : Kind.RECEIVED;
    long receivedAt = millis(state.getReceivedAt());
    String arrivalUnit = firstUnit(history, state.getUnitId());
    String arrivalCategory = category;
    if (seen == null) {
      events.add(MetricEvent.count(arrival, receivedAt, arrivalUnit, category, channel, 1));
    } else {
      // An arrival counted before its first unit, its category or its duplicate link was known moves to
      // the row the complete state gives it, so that replaying only the latest states counts it the same.
      receivedAt = seen.receivedAt();
      arrivalUnit = seen.countedUnit() != null ? seen.countedUnit() : arrivalUnit;
      arrivalCategory = seen.countedCategory() != null ? seen.countedCategory() : category;
      if (seen.countedAs() != arrival || !Objects.equals(seen.countedUnit(), arrivalUnit)
          || !Objects.equals(seen.countedCategory(), arrivalCategory)) {
        events.add(MetricEvent.count(
            seen.countedAs(), receivedAt, seen.countedUnit(), seen.countedCategory(), channel, -1));
        events.add(MetricEvent.count(arrival, receivedAt, arrivalUnit, arrivalCategory, channel, 1));
      }
    }

    int historySeen = seen == null ? 0 : seen.historySeen();
    for (int i = historySeen; i < history.size(); i++) {
      statusEvents(history, i, category, channel, events);
    }

    boolean firstResponseCounted = seen != null && seen.firstResponseCounted();
    if (!firstResponseCounted && state.getFirstResponseAt() != null) {
      long at = millis(state.getFirstResponseAt());
      events.add(new MetricEvent(Kind.FIRST_RESPONSE, at, actingUnit(history, at, RESPONSES, state.getUnitId()),
          category, channel, 1, state.getFirstResponseWorkingMillis(),
          withinSla(at, state.getFirstResponseDue()), null));
      firstResponseCounted = true;
    }

    boolean resolutionCounted = seen != null && seen.resolutionCounted();
    if (!resolutionCounted && state.getResolvedAt() != null) {
      long at = millis(state.getResolvedAt());
      events.add(new MetricEvent(Kind.RESOLUTION, at, actingUnit(history, at, RESOLUTIONS, state.getUnitId()),
          category, channel, 1, state.getResolutionWorkingMillis(), withinSla(at, state.getResolutionDue()), null));
      resolutionCounted = true;
    }

    int escalationsSeen = seen == null ? 0 : seen.escalationsSeen();
    if (state.getEscalationCount() > escalationsSeen) {
      events.add(MetricEvent.count(Kind.ESCALATED, millis(state.getEventTime()), state.getUnitId(), category,
          channel, state.getEscalationCount() - escalationsSeen));
      escalationsSeen = state.getEscalationCount();
    }

    boolean surveyCounted = seen != null && seen.surveyCounted();
    if (!surveyCounted && state.getSurveyScores() != null) {
      long at = millis(state.getSurveyedAt() != null ? state.getSurveyedAt() : state.getEventTime());
      List<Integer> scores = Arrays.stream(SkmIndex.scores(state.getSurveyScores())).boxed().toList();
      events.add(new MetricEvent(Kind.SURVEY, at, actingUnit(history, at, Set.of(), state.getUnitId()),
          category, channel, 1, null, null, scores));
      surveyCounted = true;
    }

    CaseSummary summary = new CaseSummary(Math.max(historySeen, history.size()), arrival, arrivalUnit,
        arrivalCategory, channel, receivedAt, firstResponseCounted, resolutionCounted, surveyCounted,
        escalationsSeen);
    return new Derived(summary, events);
  }

  private static void statusEvents(
      List<StatusChange> history, int index, String category, Channel channel, List<MetricEvent> events) {
    StatusChange change = history.get(index);
    long at = millis(change.getAt());
    String after = change.getUnitId();
    String before = index > 0 ? history.get(index - 1).getUnitId() : after;
    switch (change.getStatus()) {
      case ROUTED -> events.add(MetricEvent.count(Kind.ROUTED, at, after, category, channel, 1));
      case TRIAGE -> events.add(MetricEvent.count(Kind.TRIAGED, at, after, category, channel, 1));
      case ACKNOWLEDGED -> events.add(MetricEvent.count(Kind.ACKNOWLEDGED, at, before, category, channel, 1));
      case RESOLVED -> events.add(MetricEvent.count(Kind.RESOLVED, at, before, category, channel, 1));
      case REJECTED -> events.add(MetricEvent.count(Kind.REJECTED, at, before, category, channel, 1));
      case REOPENED -> events.add(MetricEvent.count(Kind.REOPENED, at, before, category, channel, 1));
      case TRANSFERRED -> {
        events.add(MetricEvent.count(Kind.TRANSFERRED_OUT, at, before, category, channel, 1));
        events.add(MetricEvent.count(Kind.TRANSFERRED_IN, at, after, category, channel, 1));
      }
      default -> { }
    }
  }

  /** The first unit the complaint was with; {@code current} before any status change. */
  private static String firstUnit(List<StatusChange> history, String current) {
    if (history.isEmpty()) {
      return current;
    }
    return history.stream().map(StatusChange::getUnitId).filter(Objects::nonNull).findFirst().orElse(null);
  }

  /**
   * The unit that acted at {@code at}: the one responsible before the latest change at that instant with
   * one of {@code statuses}; without such a change, the one responsible at that instant; without any
   * change by then, {@code fallback}.
   */
  private static String actingUnit(List<StatusChange> history, long at, Set<CaseStatus> statuses, String fallback) {
    for (int i = history.size() - 1; i >= 0; i--) {
      StatusChange change = history.get(i);
      if (millis(change.getAt()) == at && statuses.contains(change.getStatus())) {
        return i > 0 ? history.get(i - 1).getUnitId() : change.getUnitId();
      }
    }
    for (int i = history.size() - 1; i >= 0; i--) {
      if (millis(history.get(i).getAt()) <= at) {
        return history.get(i).getUnitId();
      }
    }
    return fallback;
  }

  private static Boolean withinSla(long at, Instant due) {
    return due == null ? null : at <= due.toEpochMilli();
  }

  private static boolean negative(Long millis) {
    return millis != null && millis < 0;
  }

  private static long millis(Instant instant) {
    return instant.toEpochMilli();
  }
}
