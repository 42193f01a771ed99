package id.aduan.text.pii;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Finds {@link NumberChain}s in a text with one linear scan. */
final class NumberChains {

  private static final int MAX_SEPARATOR = 3;

  private NumberChains() {}

  static List<NumberChain> find(CharSequence text) {
    List<NumberChain> chains = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int[] starts = new int[8];
    int[] ends = new int[8];
    while (i < n) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int chainStart = i;
      int count = 0;
      int pos = i;
      while (true) {
        int groupStart = pos;
        while (pos < n && isDigit(text.charAt(pos))) {
          pos++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
          ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = groupStart;
        ends[count] = pos;
        count++;
        int next = skipSeparator(text, pos);
        if (next < 0) {
          break;
        }
        pos = next;
      }
      boolean plus = plusBefore(text, chainStart);
      chains.add(new NumberChain(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), plus));
      i = ends[count - 1];
    }
    return chains;
  }

  /** Returns where the next digit group starts if only a short separator lies between, else -1. */
  private static int skipSeparator(CharSequence text, int pos) {
    int n = text.length();
    int p = pos;
    int spaces = 0;
    int others = 0;
    while (p < n && p - pos <= MAX_SEPARATOR) {
      char c = text.charAt(p);
      if (c == ' ') {
        spaces++;
      } else if (c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '\u2013') {
        others++;
      } else {
        break;
      }
      p++;
    }
    if (p == pos || p - pos > MAX_SEPARATOR || p >= n || !isDigit(text.charAt(p))) {
      return -1;
    }
    // "1. 2" or "5 - 6" read as list items or ranges more often than as one number.
    if (spaces > 1 && others == 0) {
      return -1;
    }
    return p;
  }

  private static boolean plusBefore(CharSequence text, int start) {
    int p = start - 1;
    while (p >= 0 && (text.charAt(p) == '(' || text.charAt(p) == ' ') && start - p <= 2) {
      p--;
    }
    return p >= 0 && text.charAt(p) == '+';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
