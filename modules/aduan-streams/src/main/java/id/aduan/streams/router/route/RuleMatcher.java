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

  public Optional<RoutingRule> match(List<RoutingRule> rules, ComplaintClassified complaint) {
    String text = normalizer.normalize(complaint.getMaskedText());
    return rules.stream().filter(rule -> matches(rule, complaint, text)).min(PRECEDENCE);
  }

  private boolean matches(RoutingRule rule, ComplaintClassified complaint, String normalizedText) {
    if (!rule.getEnabled()) {
      return false;
    }
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
    if (!rule.getKeywords().isEmpty()) {
      String padded = " " + normalizedText + " ";
      return rule.getKeywords().stream()
          .map(k -> " " + normalizer.normalize(k) + " ")
          .anyMatch(padded::contains);
    }
    return true;
  }
}
