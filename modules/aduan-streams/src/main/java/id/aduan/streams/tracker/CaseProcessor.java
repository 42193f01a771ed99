package id.aduan.streams.tracker;

import id.aduan.event.CaseState;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.ComplaintRouted;
import id.aduan.event.Unit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Keeps one case per complaint. Every input of a complaint comes here (they are co-partitioned by
 * complaint id), so each case is changed by one thread in input order. Deadlines are found in two ways:
 * a punctuator on the wall clock (cases nobody touches still escalate on time) and one on stream time
 * (a replay of old records escalates as it would have live); before any record is applied, the case's own
 * clock is first advanced to the time the record says it happened (its event time, not its timestamp),
 * so a late resolution is escalated before it is resolved, and an answer dated before its deadline does not
 * escalate the case however late it is written.
 *
 * <p>The deadline index ({@value TrackerTopology#DEADLINE_STORE}) holds one key per case with something
 * pending, {@code <due epoch millis, 19 digits>|<complaintId>}: a punctuation reads only the keys up to now,
 * not the whole case store, so its cost follows the number of cases due, not the number of cases kept.
 */
final class CaseProcessor implements Processor<String, CaseInput, String, TrackerOutput> {
  private final TrackerSettings settings;
  private ProcessorContext<String, TrackerOutput> context;
  private KeyValueStore<String, CaseState> cases;
  private KeyValueStore<String, ComplaintClassified> complaints;
  private KeyValueStore<String, String> deadlines;
  private UnitDirectory units;
  private SlaClock clock;
  private CaseUpdates updates;

  CaseProcessor(TrackerSettings settings) {
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, TrackerOutput> context) {
    this.context = context;
    cases = context.getStateStore(TrackerTopology.CASE_STORE);
    complaints = context.getStateStore(TrackerTopology.COMPLAINT_STORE);
    deadlines = context.getStateStore(TrackerTopology.DEADLINE_STORE);
    KeyValueStore<String, ValueAndTimestamp<Unit>> unitStore = context.getStateStore(TrackerTopology.UNITS_STORE);
    units = new UnitDirectory(unitStore, settings.defaultCalendar());
    clock = new SlaClock(settings, units);
    updates = new CaseUpdates(settings, units);
    context.schedule(settings.punctuateInterval(), PunctuationType.WALL_CLOCK_TIME, this::escalateDue);
    context.schedule(settings.punctuateInterval(), PunctuationType.STREAM_TIME, this::escalateDue);
  }

  @Override
  public void process(Record<String, CaseInput> record) {
    String id = record.key();
    if (id == null || !id.equals(record.value().complaintId())) {
      // a case is found by its key alone: a record under another key would change the wrong case
      throw Refusal.KEY_MISMATCH.because("record key " + id + " is not its complaintId " + record.value().complaintId());
    }
    CaseState current = catchUp(id, cases.get(id), record.value().at(), record.timestamp());
    // a refused input throws here, before its own change is stored or sent: the case stays as the clock left it
    save(id, current, apply(id, current, record.value()), record.timestamp());
  }

  /**
   * Raises what fell due before {@code at}, one deadline at a time, each saved and sent as a state of its
   * own: the same states, in the same order, as a punctuation would have produced had it run in time, so
   * readers of cases.state (the metrics) see one history whichever clock noticed the deadline.
   */
  private CaseState catchUp(String id, CaseState current, Instant at, long timestamp) {
    Optional<Instant> due;
    while (current != null && (due = clock.next(current)).isPresent() && !due.get().isAfter(at)) {
      Outcome step = clock.advance(current, due.get());
      if (step.state().equals(current) && step.emitted().isEmpty()) {
        break; // nothing was due after all: the index and the clock disagree, never loop on it
      }
      save(id, current, step, timestamp);
      current = step.state();
    }
    return current;
  }

  private Outcome apply(String id, CaseState current, CaseInput input) {
    if (input instanceof CaseInput.Received received) {
      return Outcome.of(RouterEvents.received(current, received));
    }
    if (input instanceof CaseInput.Triaged triaged) {
      complaints.put(id, triaged.complaint());
      return Outcome.of(RouterEvents.triaged(current, triaged.complaint()));
    }
    if (input instanceof CaseInput.Routed routed) {
      ComplaintRouted value = routed.routed();
      complaints.put(id, value.getComplaint());
      return RouterEvents.routed(current, value, units.find(value.getUnitId()))
          .map(Outcome::of)
          .orElseGet(() -> Outcome.of(current));
    }
    if (input instanceof CaseInput.Update update) {
      return updates.apply(current, update.update(), complaints.get(id));
    }
    CaseInput.Survey survey = (CaseInput.Survey) input;
    CaseState rated = Surveys.accept(current, survey.response());
    return Outcome.of(rated).plus(new TrackerOutput.Metrics(
        ResolutionFigures.of(rated, units.calendar(rated.getUnitId()), survey.response().getEventTime())));
  }

  /** Escalates and closes every case whose next deadline is at or before {@code timestamp}. */
  private void escalateDue(long timestamp) {
    Instant at = Instant.ofEpochMilli(timestamp);
    List<String> due = new ArrayList<>();
    try (KeyValueIterator<String, String> it = deadlines.range(null, indexKey(at, "\uffff"))) {
      it.forEachRemaining(entry -> due.add(entry.key));
    }
    for (String key : due) {
      String id = deadlines.get(key);
      deadlines.delete(key);
      CaseState after = id == null ? null : catchUp(id, cases.get(id), at, timestamp);
      if (after != null) {
        // the entry just taken is put back if the case still has something pending at that time
        clock.next(after).ifPresent(t -> deadlines.put(indexKey(t, id), id));
      }
    }
  }

  /** Stores the case, moves its deadline index entry, and sends what changed. */
  private void save(String id, CaseState before, Outcome outcome, long timestamp) {
    CaseState after = outcome.state();
    if (after != null && !after.equals(before)) {
      cases.put(id, after);
      Optional<String> oldKey = before == null ? Optional.empty() : clock.next(before).map(t -> indexKey(t, id));
      Optional<String> newKey = clock.next(after).map(t -> indexKey(t, id));
      if (!oldKey.equals(newKey)) {
        oldKey.ifPresent(deadlines::delete);
        newKey.ifPresent(key -> deadlines.put(key, id));
      }
      context.forward(new Record<>(id, new TrackerOutput.State(after), timestamp));
    } else if (after != null) {
      // re-index a case whose entry was consumed without a change (e.g. its unit's calendar moved)
      clock.next(after).ifPresent(t -> deadlines.put(indexKey(t, id), id));
    }
    outcome.emitted().forEach(output -> context.forward(new Record<>(id, output, timestamp)));
  }

  static String indexKey(Instant due, String complaintId) {
    return String.format("%019d|%s", due.toEpochMilli(), complaintId);
  }
}
