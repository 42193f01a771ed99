package id.aduan.streams.tracker;

import id.aduan.event.CaseEscalated;
import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.EscalationReason;
import id.aduan.event.Unit;
import id.aduan.streams.sla.WorkingCalendar;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The clocks of one case: the first-response and resolution deadlines, each escalated once at level 1 (the
 * head of the unit) when missed and once at level 2 (the agency) a further working period later; and the
 * end of the reopen window, which closes a resolved or rejected case. Pure: time comes in as an argument,
 * from the wall clock, from stream time or from the record being processed.
 */
final class SlaClock {
  private final TrackerSettings settings;
  private final UnitDirectory units;

  SlaClock(TrackerSettings settings, UnitDirectory units) {
    this.settings = settings;
    this.units = units;
  }

  /** Everything due at or before {@code at}: escalations not raised yet, and closing. */
  Outcome advance(CaseState state, Instant at) {
    Outcome outcome = Outcome.of(state);
    if (Cases.AWAITING_RESPONSE.contains(state.getStatus()) && state.getFirstResponseDue() != null) {
      outcome = outcome.then(escalate(outcome.state(), at, Deadline.FIRST_RESPONSE));
    }
    if (Cases.OPEN.contains(outcome.state().getStatus()) && outcome.state().getResolutionDue() != null) {
      outcome = outcome.then(escalate(outcome.state(), at, Deadline.RESOLUTION));
    }
    Instant closesAt = closesAt(outcome.state());
    if (closesAt != null && !closesAt.isAfter(at)) {
      CaseState closed = close(outcome.state(), closesAt, Cases.SYSTEM, "reopen window ended");
      outcome = new Outcome(closed, outcome.emitted()).plus(new TrackerOutput.Metrics(
          ResolutionFigures.of(closed, units.calendar(closed.getUnitId()), closesAt)));
    }
    return outcome;
  }

  /** The earliest moment something is due for this case, if anything is still pending. */
  Optional<Instant> next(CaseState state) {
    Stream<Instant> first = Cases.AWAITING_RESPONSE.contains(state.getStatus())
        ? Stream.ofNullable(nextLevel(state, Deadline.FIRST_RESPONSE)) : Stream.empty();
    Stream<Instant> resolution = Cases.OPEN.contains(state.getStatus())
        ? Stream.ofNullable(nextLevel(state, Deadline.RESOLUTION)) : Stream.empty();
    return Stream.of(first, resolution, Stream.ofNullable(closesAt(state)))
        .flatMap(s -> s)
        .min(Instant::compareTo);
  }

  static CaseState close(CaseState state, Instant at, String actor, String note) {
    CaseState.Builder builder = CaseState.newBuilder(state).setClosedAt(at);
    return Cases.enter(builder, CaseStatus.CLOSED, at, actor, note, null).build();
  }

  private Instant closesAt(CaseState state) {
    return Cases.FINISHED.contains(state.getStatus()) && state.getResolvedAt() != null
        ? state.getResolvedAt().plus(settings.reopenWindow()) : null;
  }

  /** When the next level of this deadline is due, or null once both levels were raised. */
  private Instant nextLevel(CaseState state, Deadline deadline) {
    Instant due = deadline.due(state);
    if (due == null) {
      return null;
    }
    return switch (deadline.level(state)) {
      case 0 -> due;
      case 1 -> levelTwoAt(state, due);
      default -> null;
    };
  }

  private Instant levelTwoAt(CaseState state, Instant due) {
    return units.calendar(state.getUnitId()).plusWorkingTime(due, settings.escalationLevel2After());
  }

  private Outcome escalate(CaseState state, Instant at, Deadline deadline) {
    Outcome outcome = Outcome.of(state);
    Instant levelAt;
    while ((levelAt = nextLevel(outcome.state(), deadline)) != null && !levelAt.isAfter(at)) {
      int level = deadline.level(outcome.state()) + 1;
      // dated by the deadline, not by whichever clock noticed it, so a replay dates it the same way
      CaseState raised = deadline.raise(CaseState.newBuilder(outcome.state()), level)
          .setEscalationCount(outcome.state().getEscalationCount() + 1)
          .setEventTime(levelAt)
          .build();
      outcome = new Outcome(raised, outcome.emitted()).plus(
          new TrackerOutput.Escalation(escalation(raised, deadline, level, levelAt)));
    }
    return outcome;
  }

  private CaseEscalated escalation(CaseState state, Deadline deadline, int level, Instant at) {
    Instant due = deadline.due(state);
    WorkingCalendar calendar = units.calendar(state.getUnitId());
    Optional<Unit> unit = units.find(state.getUnitId());
    String receiver = level == 1 ? state.getUnitId() : unit.map(Unit::getParentId).orElse(null);
    String unitName = state.getUnitName() != null ? state.getUnitName() : state.getUnitId();
    return CaseEscalated.newBuilder()
        .setComplaintId(state.getComplaintId())
        .setEventTime(at)
        .setReason(deadline.reason)
        .setLevel(level)
        .setStatus(state.getStatus())
        .setUnitId(state.getUnitId())
        .setEscalatedToUnitId(receiver)
        .setCategory(state.getCategory())
        .setUrgency(state.getUrgency())
        .setDueAt(due)
        .setOverdueWorkingMillis(calendar.workingTimeBetween(due, at).toMillis())
        .setNote(level == 1
            ? deadline.words + " missed: for the head of " + unitName
            : deadline.words + " still missed " + settings.escalationLevel2After().toHours()
                + " working hours after the deadline: for the agency (" + unitName + ")")
        .build();
  }

  /** The two deadlines of a case and where their escalation levels are kept. */
  private enum Deadline {
    FIRST_RESPONSE(EscalationReason.FIRST_RESPONSE_OVERDUE, "first-response deadline"),
    RESOLUTION(EscalationReason.RESOLUTION_OVERDUE, "resolution deadline");

    private final EscalationReason reason;
    private final String words;

    Deadline(EscalationReason reason, String words) {
      this.reason = reason;
      this.words = words;
    }

    Instant due(CaseState state) {
      return this == FIRST_RESPONSE ? state.getFirstResponseDue() : state.getResolutionDue();
    }

    int level(CaseState state) {
      return this == FIRST_RESPONSE ? state.getFirstResponseEscalationLevel() : state.getResolutionEscalationLevel();
    }

    CaseState.Builder raise(CaseState.Builder builder, int level) {
      return this == FIRST_RESPONSE
          ? builder.setFirstResponseEscalationLevel(level).setFirstResponseOverdue(true)
          : builder.setResolutionEscalationLevel(level).setResolutionOverdue(true);
    }
  }
}
