package id.aduan.streams.router.route;

import id.aduan.event.ComplaintClassified;
import id.aduan.event.RoutingRule;
import id.aduan.text.normalize.TextNormalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the rule that decides where a complaint goes: among the enabled rules whose every stated
 * condition holds (category, region prefix, channel, service code, any keyword), the one of highest
 * priority; ties go to the smaller rule id so the choice never depends on store order.
 */
public final class RuleMatcher {
  private static final Comparator<RoutingRule> PRECEDENCE =
      Comparator.comparingInt(RoutingRule::getPriority).reversed().thenComparing(RoutingRule::getRuleId);
  private final TextNormalizer normalizer;

  public RuleMatcher(TextNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  /**
   * The enabled rules in order of precedence, keywords normalised once, so that matching a complaint
   * is a walk to the first rule that holds.
   */
  public Compiled compile(List<RoutingRule> rules) {
    return new Compiled(rules.stream()
        .filter(RoutingRule::getEnabled)
        .sorted(PRECEDENCE)
        .map(rule -> new CompiledRule(rule, rule.getKeywords().stream()
            .map(k -> " " + normalizer.normalize(k) + " ")
            .toList()))
        .toList());
  }

  private record CompiledRule(RoutingRule rule, List<String> paddedKeywords) {}

  /** Rules as compiled from one state of the rules table. */
  public final class Compiled {
    private final List<CompiledRule> byPrecedence;

    private Compiled(List<CompiledRule> byPrecedence) {
      this.byPrecedence = byPrecedence;
    }

    public Optional<RoutingRule> match(ComplaintClassified complaint) {
      String padded = " " + normalizer.normalize(complaint.getMaskedText()) + " ";
      return byPrecedence.stream()
          .filter(compiled -> matches(compiled, complaint, padded))
          .map(CompiledRule::rule)
          .findFirst();
    }
  }

  private static boolean matches(CompiledRule compiled, ComplaintClassified complaint, String paddedText) {
    RoutingRule rule = compiled.rule();
    if (rule.getCategory() != null && !rule.getCategory().equals(complaint.getCategory())) {
      return false;
    }
    if (rule.getRegionPrefix() != null) {
      String region = complaint.getLocation() == null ? null : complaint.getLocation().getRegionCode();
      if (region == null || !region.startsWith(rule.getRegionPrefix())) {
        return false;
      }
    }
    if (rule.getChannel() != null && rule.getChannel() != complaint.getChannel()) {
      return false;
    }
    if (rule.getServiceCode() != null && !rule.getServiceCode().equals(complaint.getServiceCode())) {
      return false;
    }
    return compiled.paddedKeywords().isEmpty() || compiled.paddedKeywords().stream().anyMatch(paddedText::contains);
  }
}
