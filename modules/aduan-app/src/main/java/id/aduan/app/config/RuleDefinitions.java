package id.aduan.app.config;

import id.aduan.event.Channel;
import id.aduan.event.RoutingRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code rules:} section. Every condition is optional; a rule matches when all that it states hold,
 * and the highest priority among matching rules wins.
 *
 * <pre>
 * rules:
 *   - id: parkir-palembang
 *     description: parking in Palembang belongs to the city's transport agency   # optional
 *     priority: 50                   # higher wins; default 0
 *     category: parkir               # optional: the classifier's category
 *     regionPrefix: "1671"           # optional: Kemendagri region code prefix
 *     channel: SMS                   # optional: WEB, OPEN311, SMS, SOCIAL_MEDIA, EMAIL, PHONE, WALK_IN
 *     serviceCode: "parkir"          # optional: Open311 service code the citizen chose
 *     keywords: [jukir, parkir liar] # optional: any of them in the masked, normalised text
 *     unit: dishub-palembang         # required
 *     firstResponseHours: 24         # working hours; default 24 (3 working days)
 *     resolutionHours: 40            # working hours; default 40 (5 working days)
 *     enabled: true                  # default true
 * </pre>
 */
public final class RuleDefinitions {
  static final Set<String> FIELDS = Set.of(
      "id", "description", "priority", "category", "regionPrefix", "channel", "serviceCode", "keywords", "unit",
      "firstResponseHours", "resolutionHours", "enabled");
  public static final int DEFAULT_FIRST_RESPONSE_HOURS = 24;
  public static final int DEFAULT_RESOLUTION_HOURS = 40;

  private RuleDefinitions() {}

  /**
   * The rules of the file, each at version 0 (the publisher numbers versions). Units are checked against
   * {@code knownUnits}.
   */
  public static List<RoutingRule> read(ConfigFile file, Set<String> knownUnits, Instant now, String author)
      throws InvalidConfigException {
    List<String> problems = new ArrayList<>();
    List<RoutingRule> rules = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ConfigFile.Entry entry : file.section("rules")) {
      EntryReader in = new EntryReader(entry, "rule " + entry.node().path("id").asText("?"), problems, FIELDS);
      String id = in.required("id");
      if (id != null && !seen.add(id)) {
        in.problem("id is defined twice");
      }
      String unit = in.required("unit");
      if (unit != null && !knownUnits.contains(unit)) {
        in.problem("unit '" + unit + "' is not defined (define it under units: or load it with `aduan units load`)");
      }
      String region = in.optional("regionPrefix");
      if (region != null && !region.matches("\\d{1,10}")) {
        in.problem("regionPrefix must be digits of a Kemendagri code, not '" + region + "'");
      }
      int firstResponse = in.integer("firstResponseHours", DEFAULT_FIRST_RESPONSE_HOURS, 1, 10_000);
      int resolution = in.integer("resolutionHours", DEFAULT_RESOLUTION_HOURS, 1, 10_000);
      if (resolution < firstResponse) {
        in.problem("resolutionHours (" + resolution + ") must not be less than firstResponseHours (" + firstResponse + ")");
      }
      rules.add(RoutingRule.newBuilder()
          .setRuleId(id == null ? "" : id)
          .setVersion(0)
          .setDescription(in.optional("description"))
          .setPriority(in.integer("priority", 0, -1_000_000, 1_000_000))
          .setCategory(in.optional("category"))
          .setRegionPrefix(region)
          .setChannel(channel(in))
          .setServiceCode(in.optional("serviceCode"))
          .setKeywords(in.strings("keywords"))
          .setUnitId(unit == null ? "" : unit)
          .setFirstResponseHours(firstResponse)
          .setResolutionHours(resolution)
          .setEnabled(in.bool("enabled", true))
          .setUpdatedAt(now)
          .setUpdatedBy(author)
          .build());
    }
    if (!problems.isEmpty()) {
      throw new InvalidConfigException(file.path(), problems);
    }
    return rules;
  }

  private static Channel channel(EntryReader in) {
    String value = in.optional("channel");
    if (value == null) {
      return null;
    }
    try {
      return Channel.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      in.problem("channel must be one of " + Arrays.toString(Channel.values()) + ", not '" + value + "'");
      return null;
    }
  }
}
