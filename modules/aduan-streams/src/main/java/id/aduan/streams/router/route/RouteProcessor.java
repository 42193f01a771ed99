package id.aduan.streams.router.route;

import id.aduan.event.ComplaintClassified;
import id.aduan.event.ComplaintRouted;
import id.aduan.event.RoutingRule;
import id.aduan.event.Unit;
import id.aduan.streams.sla.WorkingCalendar;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Decides each complaint's unit with the rules and units as they are now on their config topics, so a
 * changed rule applies to the next complaint. Low confidence, no matching rule, or a rule naming an
 * unknown unit send the complaint to triage, saying which. The stores are read and the rules compiled
 * only when they were written since the last complaint, not for every complaint.
 */
public final class RouteProcessor implements FixedKeyProcessor<String, ComplaintClassified, RoutingDecision> {
  private final RouteSettings settings;
  private final RuleMatcher matcher;
  private final Clock clock;
  private FixedKeyProcessorContext<String, RoutingDecision> context;
  private KeyValueStore<String, ValueAndTimestamp<RoutingRule>> rules;
  private KeyValueStore<String, ValueAndTimestamp<Unit>> units;
  private long readAt = -1;
  private RuleMatcher.Compiled compiledRules;
  private Map<String, Unit> unitsById;
  /** Each unit's calendar, made when first needed so that one unit's bad calendar affects only its complaints. */
  private final Map<String, WorkingCalendar> calendars = new HashMap<>();

  public RouteProcessor(RouteSettings settings, RuleMatcher matcher, Clock clock) {
    this.settings = settings;
    this.matcher = matcher;
    this.clock = clock;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, RoutingDecision> context) {
    this.context = context;
    this.rules = context.getStateStore(settings.rulesStore());
    this.units = context.getStateStore(settings.unitsStore());
  }

  @Override
  public void process(FixedKeyRecord<String, ComplaintClassified> record) {
    context.forward(record.withValue(decide(record.value())));
  }

  private RoutingDecision decide(ComplaintClassified complaint) {
    if (complaint.getConfidence() < settings.confidenceThreshold()) {
      return new RoutingDecision.Triage(complaint, String.format(Locale.ROOT,
          "confidence %.2f for %s is below the threshold %.2f", complaint.getConfidence(), complaint.getCategory(),
          settings.confidenceThreshold()));
    }
    refreshConfig();
    var matched = compiledRules.match(complaint);
    if (matched.isEmpty()) {
      return new RoutingDecision.Triage(complaint, "no routing rule matches category " + complaint.getCategory());
    }
    RoutingRule rule = matched.get();
    Unit unit = unitsById.get(rule.getUnitId());
    if (unit == null) {
      return new RoutingDecision.Triage(complaint,
          "rule " + rule.getRuleId() + " names unit " + rule.getUnitId() + ", which is not configured");
    }
    WorkingCalendar calendar = calendars.computeIfAbsent(rule.getUnitId(),
        id -> WorkingCalendar.of(unit.getWorkingCalendar(), settings.defaultCalendar()));
    Instant start = complaint.getReceivedAt();
    return new RoutingDecision.Routed(ComplaintRouted.newBuilder()
        .setComplaintId(complaint.getComplaintId())
        .setEventTime(clock.instant())
        .setComplaint(complaint)
        .setUnitId(unit.getUnitId())
        .setAgencyResponsible(unit.getName() + ", " + unit.getAgency())
        .setRuleId(rule.getRuleId())
        .setRuleVersion(rule.getVersion())
        .setFirstResponseDue(calendar.plusWorkingHours(start, rule.getFirstResponseHours()))
        .setResolutionDue(calendar.plusWorkingHours(start, rule.getResolutionHours()))
        .build());
  }

  /** The count is read before the stores, so a write during the reading is read again next time. */
  private void refreshConfig() {
    long count = settings.configChanges().count();
    if (count == readAt) {
      return;
    }
    compiledRules = matcher.compile(new ArrayList<>(present(rules).values()));
    unitsById = present(units);
    calendars.clear();
    readAt = count;
  }

  private static <V> Map<String, V> present(KeyValueStore<String, ValueAndTimestamp<V>> store) {
    Map<String, V> all = new HashMap<>();
    try (KeyValueIterator<String, ValueAndTimestamp<V>> it = store.all()) {
      it.forEachRemaining(kv -> {
        if (kv.value != null && kv.value.value() != null) {
          all.put(kv.key, kv.value.value());
        }
      });
    }
    return all;
  }
}
