package id.aduan.streams.tracker;

import id.aduan.event.CaseState;
import java.util.ArrayList;
import java.util.List;

/** A case after one input or one tick of the clock, with what else it caused (escalations, metrics, routing). */
record Outcome(CaseState state, List<TrackerOutput> emitted) {
  Outcome {
    emitted = List.copyOf(emitted);
  }

  static Outcome of(CaseState state) {
    return new Outcome(state, List.of());
  }

  Outcome plus(TrackerOutput output) {
    List<TrackerOutput> all = new ArrayList<>(emitted);
    all.add(output);
    return new Outcome(state, all);
  }

  /** This outcome's outputs first, then those of the next step on its state. */
  Outcome then(Outcome next) {
    List<TrackerOutput> all = new ArrayList<>(emitted);
    all.addAll(next.emitted);
    return new Outcome(next.state, all);
  }
}
