package id.aduan.text.urgency;

import java.util.ArrayList;
import java.util.List;

/** One line of the rules file: a level, a reason and groups of alternative phrases that must all occur. */
final class UrgencyRule {

  final Urgency level;
  final String reason;
  final List<List<Phrase>> groups;

  /** One alternative: words in order; a word ending in '*' in the file is a prefix. */
  record Phrase(String[] words, boolean[] prefix) {

    static Phrase parse(String text) {
      String[] raw = text.strip().split(" +");
      String[] words = new String[raw.length];
      boolean[] prefix = new boolean[raw.length];
      for (int i = 0; i < raw.length; i++) {
        prefix[i] = raw[i].endsWith("*");
        words[i] = prefix[i] ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
      }
      return new Phrase(words, prefix);
    }

    boolean matchesAt(String[] tokens, int start) {
      if (start + words.length > tokens.length) {
        return false;
      }
      for (int i = 0; i < words.length; i++) {
        String t = tokens[start + i];
        if (prefix[i] ? !t.startsWith(words[i]) : !t.equals(words[i])) {
          return false;
        }
      }
      return true;
    }
  }

  private UrgencyRule(Urgency level, String reason, List<List<Phrase>> groups) {
    this.level = level;
    this.reason = reason;
    this.groups = groups;
  }

  static UrgencyRule parse(String line, int lineNo) {
    String[] parts = line.split("\t");
    if (parts.length != 3) {
      throw new IllegalArgumentException("urgency rules line " + lineNo + ": expected level<TAB>reason<TAB>pattern");
    }
    Urgency level;
    try {
      level = Urgency.valueOf(parts[0].strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("urgency rules line " + lineNo + ": unknown level '" + parts[0] + "'", e);
    }
    List<List<Phrase>> groups = new ArrayList<>();
    for (String group : parts[2].split(" \\+ ")) {
      List<Phrase> alternatives = new ArrayList<>();
      for (String alternative : group.split("\\|")) {
        if (alternative.isBlank()) {
          throw new IllegalArgumentException("urgency rules line " + lineNo + ": empty alternative in '" + group + "'");
        }
        alternatives.add(Phrase.parse(alternative));
      }
      groups.add(List.copyOf(alternatives));
    }
    return new UrgencyRule(level, parts[1].strip(), List.copyOf(groups));
  }
}
