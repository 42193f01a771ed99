package id.aduan.text.pii;

import java.util.List;
import java.util.Locale;

/** A text being scanned, with the views the rules share computed once. */
final class ScannedText {

  final String text;
  final boolean hasDigit;
  /**
   * The text with a letter O written for a zero inside a number ("O812-3456-789O") read as the digit, same
   * length and offsets as {@link #text}; the text itself when there is none. Number rules read this view.
   */
  final String digits;
  private String lower;
  private List<NumberChain> chains;

  ScannedText(String text) {
    this.text = text;
    boolean digit = false;
    boolean letterZero = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (NumberChains.isDigit(c)) {
        digit = true;
        letterZero |= (i > 0 && isLetterO(text.charAt(i - 1))) || (i + 1 < text.length() && isLetterO(text.charAt(i + 1)));
      }
    }
    this.hasDigit = digit;
    this.digits = letterZero ? readLetterZeros(text) : text;
  }

  private static boolean isLetterO(char c) {
    return c == 'O' || c == 'o';
  }

  /**
   * An O or o counts as 0 in a number written with it: a word of digits and O's, possibly joined to others by
   * a dash, dot or slash ("O811-OOOO-oooo"), with at least one real digit.
   */
  private static String readLetterZeros(String text) {
    char[] chars = text.toCharArray();
    int i = 0;
    while (i < chars.length) {
      if (!Character.isLetterOrDigit(chars[i])) {
        i++;
        continue;
      }
      int end = i;
      boolean onlyDigitsAndO = true;
      boolean realDigit = false;
      while (end < chars.length && (Character.isLetterOrDigit(chars[end]) || isJoinedAt(chars, end))) {
        char c = chars[end];
        realDigit |= NumberChains.isDigit(c);
        onlyDigitsAndO &= NumberChains.isDigit(c) || isLetterO(c) || isJoiner(c);
        end++;
      }
      if (onlyDigitsAndO && realDigit) {
        for (int j = i; j < end; j++) {
          if (isLetterO(chars[j])) {
            chars[j] = '0';
          }
        }
      }
      i = end;
    }
    return new String(chars);
  }

  private static boolean isJoinedAt(char[] chars, int i) {
    return isJoiner(chars[i]) && i + 1 < chars.length && Character.isLetterOrDigit(chars[i + 1]);
  }

  /** The text in lower case, made only when a rule needs it: most complaints never get that far. */
  String lower() {
    if (lower == null) {
      lower = text.toLowerCase(Locale.ROOT);
    }
    return lower;
  }

  List<NumberChain> chains() {
    if (chains == null) {
      chains = hasDigit ? NumberChains.find(digits) : List.of();
    }
    return chains;
  }

  /**
   * Where a number found to end at {@code end} really ends: groups glued on by a dash, dot or slash with no
   * space belong to it ("123-456-789-7"), so masking never leaves a trailing digit behind.
   */
  int joinedEnd(int end) {
    int p = end;
    while (p + 1 < digits.length() && isJoiner(digits.charAt(p)) && NumberChains.isDigit(digits.charAt(p + 1))) {
      p++;
      while (p < digits.length() && NumberChains.isDigit(digits.charAt(p))) {
        p++;
      }
    }
    return p;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '.' || c == '/';
  }

  /** Whether one of {@code words} (lower case) occurs anywhere, ignoring case. */
  boolean containsAnyIgnoreCase(String... words) {
    return indexOfAnyIgnoreCase(0, words) >= 0;
  }

  /**
   * Where the first of {@code words} (lower case) occurs from {@code from} on, ignoring case; -1 if none does.
   * {@code String.indexOf} on the lower-case text is the fastest search the JDK has, and lower-casing a text
   * that is already lower case costs nothing.
   */
  int indexOfAnyIgnoreCase(int from, String... words) {
    String lower = lower();
    int first = -1;
    for (String w : words) {
      int at = lower.indexOf(w, from);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
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
