package id.aduan.streams.tracker;

import id.aduan.event.Unit;
import id.aduan.streams.sla.WorkingCalendar;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/** Units as they are now on config.units, and the working calendar each one counts its SLA in. */
final class UnitDirectory {
  private final KeyValueStore<String, ValueAndTimestamp<Unit>> units;
  private final WorkingCalendar fallback;

  UnitDirectory(KeyValueStore<String, ValueAndTimestamp<Unit>> units, WorkingCalendar fallback) {
    this.units = units;
    this.fallback = fallback;
  }

  Optional<Unit> find(String unitId) {
    if (unitId == null) {
      return Optional.empty();
    }
    ValueAndTimestamp<Unit> found = units.get(unitId);
    return found == null ? Optional.empty() : Optional.ofNullable(found.value());
  }

  /** The unit's calendar, or the deployment's default when the unit is unknown or has none. */
  WorkingCalendar calendar(String unitId) {
    return find(unitId).map(u -> WorkingCalendar.of(u.getWorkingCalendar(), fallback)).orElse(fallback);
  }
}
