package id.aduan.text.urgency;

import id.aduan.text.normalize.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rates how urgent a complaint is from explainable signals kept in a data file ({@code urgency-rules.tsv}):
 * danger to life (accidents with victims, fallen trees or poles, fire, flooding) is EMERGENCY; dead traffic
 * lights at a junction, extortion by staff and other likely harm is HIGH; questions and thanks are LOW;
 * everything else is NORMAL. No statistics: every level can be traced to the words that caused it.
 * Thread-safe.
 */
public final class UrgencyAssessor {

  private final List<UrgencyRule> rules;
  private final PhraseIndex index;
  private final TextNormalizer normalizer;

  private UrgencyAssessor(List<UrgencyRule> rules, TextNormalizer normalizer) {
    this.rules = List.copyOf(rules);
    this.index = new PhraseIndex(this.rules);
    this.normalizer = normalizer;
  }

  public static UrgencyAssessor standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final UrgencyAssessor STANDARD = fromResource("urgency-rules.tsv");
  }

  public static UrgencyAssessor fromResource(String name) {
    try (InputStream in = UrgencyAssessor.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("urgency rules not found: " + name);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static UrgencyAssessor read(InputStream in) throws IOException {
    List<UrgencyRule> rules = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (!line.isBlank() && !line.startsWith("#")) {
        rules.add(UrgencyRule.parse(line, lineNo));
      }
    }
    return new UrgencyAssessor(rules, TextNormalizer.standard());
  }

  public UrgencyAssessment assess(String text) {
    return assessNormalized(normalizer.normalize(text));
  }

  /** For callers that already normalised the text. */
  public UrgencyAssessment assessNormalized(String normalized) {
    String[] tokens = normalized.isEmpty() ? new String[0] : normalized.split(" ");
    String[][] matched = index.match(tokens);
    List<UrgencyReason> reasons = new ArrayList<>(2);
    for (int r = 0; r < matched.length; r++) {
      if (allMatched(matched[r])) {
        UrgencyRule rule = rules.get(r);
        reasons.add(new UrgencyReason(rule.level, rule.reason, String.join(" + ", matched[r])));
      }
    }
    if (reasons.isEmpty()) {
      return new UrgencyAssessment(Urgency.NORMAL, reasons);
    }
    reasons.sort(Comparator.comparing(UrgencyReason::level).reversed());
    Urgency top = reasons.get(0).level();
    if (top == Urgency.LOW) {
      return new UrgencyAssessment(Urgency.LOW, reasons);
    }
    // a LOW signal ("mohon info") does not soften a complaint that also reports harm
    reasons.removeIf(r -> r.level() == Urgency.LOW);
    return new UrgencyAssessment(top, reasons);
  }

  private static boolean allMatched(String[] groups) {
    if (groups == null) {
      return false;
    }
    for (String g : groups) {
      if (g == null) {
        return false;
      }
    }
    return true;
  }
}
