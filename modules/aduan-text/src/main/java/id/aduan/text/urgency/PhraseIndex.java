package id.aduan.text.urgency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All rule phrases indexed by their first word, so that a complaint is matched in one pass over its words
 * instead of trying every phrase at every position.
 */
final class PhraseIndex {

  private static final Set<String> NEGATIONS = Set.of("tidak", "bukan", "belum", "tanpa", "jangan");
  private static final int NEGATION_REACH = 2;

  /** Where a phrase belongs: rule number, group number inside the rule. */
  private record Entry(int rule, int group, UrgencyRule.Phrase phrase) {}

  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
  private final List<Entry> prefixFirst = new ArrayList<>();
  private final List<UrgencyRule> rules;

  PhraseIndex(List<UrgencyRule> rules) {
    this.rules = rules;
    for (int r = 0; r < rules.size(); r++) {
      List<List<UrgencyRule.Phrase>> groups = rules.get(r).groups;
      for (int g = 0; g < groups.size(); g++) {
        for (UrgencyRule.Phrase phrase : groups.get(g)) {
          Entry e = new Entry(r, g, phrase);
          if (phrase.prefix()[0]) {
            prefixFirst.add(e);
          } else {
            byFirstWord.computeIfAbsent(phrase.words()[0], w -> new ArrayList<>()).add(e);
          }
        }
      }
    }
  }

  /** For each rule, the matched words of each group (null where a group did not match). */
  String[][] match(String[] tokens) {
    String[][] matched = new String[rules.size()][];
    for (int i = 0; i < tokens.length; i++) {
      List<Entry> exact = byFirstWord.get(tokens[i]);
      if (exact != null) {
        for (Entry e : exact) {
          record(e, tokens, i, matched);
        }
      }
      for (Entry e : prefixFirst) {
        if (tokens[i].startsWith(e.phrase().words()[0])) {
          record(e, tokens, i, matched);
        }
      }
    }
    return matched;
  }

  private void record(Entry e, String[] tokens, int at, String[][] matched) {
    String[] groups = matched[e.rule()];
    if (groups != null && groups[e.group()] != null) {
      return;
    }
    if (!e.phrase().matchesAt(tokens, at) || negated(tokens, at)) {
      return;
    }
    if (groups == null) {
      groups = matched[e.rule()] = new String[rules.get(e.rule()).groups.size()];
    }
    groups[e.group()] = String.join(" ", Arrays.copyOfRange(tokens, at, at + e.phrase().words().length));
  }

  private static boolean negated(String[] tokens, int start) {
    for (int i = Math.max(0, start - NEGATION_REACH); i < start; i++) {
      if (NEGATIONS.contains(tokens[i])) {
        return true;
      }
    }
    return false;
  }
}
