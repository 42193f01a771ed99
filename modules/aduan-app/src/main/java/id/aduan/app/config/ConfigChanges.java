package id.aduan.app.config;

import id.aduan.event.RoutingRule;
import id.aduan.event.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What publishing a file changes on a config topic: new and changed entries (rules get their next version
 * number), entries no longer in the file removed, unchanged ones left alone so a reload publishes nothing.
 */
public record ConfigChanges<V>(Map<String, V> writes, List<String> added, List<String> changed, List<String> removed,
    int unchanged) {

  public static ConfigChanges<RoutingRule> forRules(Map<String, RoutingRule> current, List<RoutingRule> wanted) {
    return diff(current, wanted, RoutingRule::getRuleId, RoutingRule::getVersion, ConfigChanges::sameRule,
        (rule, version) -> RoutingRule.newBuilder(rule).setVersion(version).build());
  }

  public static ConfigChanges<Unit> forUnits(Map<String, Unit> current, List<Unit> wanted) {
    return diff(current, wanted, Unit::getUnitId, unit -> 0, ConfigChanges::sameUnit, (unit, version) -> unit);
  }

  private static <V> ConfigChanges<V> diff(Map<String, V> current, List<V> wanted,
      java.util.function.Function<V, String> id, java.util.function.ToIntFunction<V> version,
      java.util.function.BiPredicate<V, V> same, java.util.function.BiFunction<V, Integer, V> withVersion) {
    Map<String, V> writes = new LinkedHashMap<>();
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    int unchanged = 0;
    for (V value : wanted) {
      V existing = current.get(id.apply(value));
      if (existing == null) {
        writes.put(id.apply(value), withVersion.apply(value, 1));
        added.add(id.apply(value));
      } else if (!same.test(existing, value)) {
        writes.put(id.apply(value), withVersion.apply(value, version.applyAsInt(existing) + 1));
        changed.add(id.apply(value));
      } else {
        unchanged++;
      }
    }
    List<String> wantedIds = wanted.stream().map(id).toList();
    for (String key : current.keySet()) {
      if (!wantedIds.contains(key)) {
        writes.put(key, null);
        removed.add(key);
      }
    }
    return new ConfigChanges<>(writes, added, changed, removed, unchanged);
  }

  private static boolean sameRule(RoutingRule a, RoutingRule b) {
    return withoutBookkeeping(a).equals(withoutBookkeeping(b));
  }

  private static RoutingRule withoutBookkeeping(RoutingRule rule) {
    return RoutingRule.newBuilder(rule).setVersion(0).setUpdatedAt(java.time.Instant.EPOCH).setUpdatedBy(null).build();
  }

  private static boolean sameUnit(Unit a, Unit b) {
    return Unit.newBuilder(a).setUpdatedAt(java.time.Instant.EPOCH).build()
        .equals(Unit.newBuilder(b).setUpdatedAt(java.time.Instant.EPOCH).build());
  }

  public String summary(String what) {
    return String.format("%s: %d added %s, %d changed %s, %d removed %s, %d unchanged", what, added.size(), added,
        changed.size(), changed, removed.size(), removed, unchanged);
  }
}
