package id.aduan.text.pii;

import java.util.List;
import java.util.Locale;

/** A text being scanned, with the views the rules share computed once. */
final class ScannedText {

  final String text;
  final boolean hasDigit;
  private String lower;
  private List<NumberChain> chains;

  ScannedText(String text) {
    this.text = text;
    boolean digit = false;
    for (int i = 0; i < text.length() && !digit; i++) {
      digit = NumberChains.isDigit(text.charAt(i));
    }
    this.hasDigit = digit;
  }

  /** The text in lower case, made only when a rule needs it: most complaints never get that far. */
  String lower() {
    if (lower == null) {
      lower = text.toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  /** Whether {@code word} occurs anywhere, ignoring case, without lower-casing the whole text. */
  boolean containsIgnoreCase(String word) {
    int last = text.length() - word.length();
    for (int i = 0; i <= last; i++) {
      if (text.regionMatches(true, i, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  List<NumberChain> chains() {
    if (chains == null) {
      chains = hasDigit ? NumberChains.find(text) : List.of();
    }
    return chains;
  }

  /** Whether one of {@code words} ends within {@code window} characters before {@code pos}, as a whole word. */
  boolean wordBefore(int pos, int window, String... words) {
    int from = Math.max(0, pos - window);
    String lower = lower();
    for (String w : words) {
      int at = lower.lastIndexOf(w, pos - 1);
      while (at >= from) {
        if (isWordAt(at, w.length())) {
          return true;
        }
        at = lower.lastIndexOf(w, at - 1);
      }
    }
    return false;
  }

  boolean isWordAt(int at, int len) {
    String lower = lower();
    boolean leftOk = at == 0 || !Character.isLetter(lower.charAt(at - 1));
    int end = at + len;
    boolean rightOk = end >= lower.length() || !Character.isLetter(lower.charAt(end));
    return leftOk && rightOk;
  }

  /**
   * Start of a number that begins at a digit group, widened over a preceding '+' and over a '(' that the
   * group closes and the number goes on after ("(022) 765 4321"; groupEnd -1 otherwise), so that no bracket is left unbalanced by masking.
   */
  int widenLeft(int groupStart, int groupEnd) {
    int p = groupStart;
    if (p > 0 && text.charAt(p - 1) == '(' && groupEnd > 0 && groupEnd < text.length() && text.charAt(groupEnd) == ')') {
      p--;
    }
    if (p > 0 && text.charAt(p - 1) == '+') {
      p--;
    } else if (p > 1 && text.charAt(p - 1) == ' ' && text.charAt(p - 2) == '+') {
      p -= 2;
    }
    return p;
  }
}
