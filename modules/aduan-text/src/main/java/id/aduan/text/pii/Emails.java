package id.aduan.text.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses, also written to slip past a filter: the '@' or '.' as a word ("budi at gmail dot com",
 * "et", "titik"), in brackets ("(at)", "[at]", "{dot}"), URL-encoded ("%40"), with spaces around them, or
 * spelled out letter by letter ("b u d i @ g m a i l . c o m"). A written-out address must end in a known
 * top-level domain or name a known mail provider, so "ketemu at stasiun" stays as it is.
 */
final class Emails implements PiiRule {

  private static final Pattern PLAIN =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  private static final String[] TLDS = {
    "com", "net", "org", "id", "co", "info", "biz", "edu", "gov", "ac", "go", "sch", "mil", "or", "web", "my", "io", "me"
  };
  private static final String[] PROVIDERS = {
    "gmail", "googlemail", "yahoo", "ymail", "rocketmail", "hotmail", "outlook", "live", "icloud", "protonmail", "proton"
  };

  private static final String DOT = "(?:\\s*(?:\\.|" + bracketed("(?:dot|titik|\\.)") + ")\\s*|\\s+(?:dot|titik)\\s+)";
  private static final String SPELLED = "[a-z0-9](?: [a-z0-9])+";

  /** What may follow a written-out '@': a domain ending in a known top-level domain, or a known provider. */
  private static final Pattern DOMAIN = Pattern.compile(
      "\\s*(?:" + label() + "(?:" + DOT + label() + ")*" + DOT + oneOfSpelled(TLDS) + "|" + oneOfSpelled(PROVIDERS) + ")(?![a-z0-9])",
      Pattern.CASE_INSENSITIVE);

  /** The local part that ends right before a written-out '@', read back from there. */
  private static final Pattern LOCAL = Pattern.compile(
      "(?<![a-z0-9._%+-])" + localWord() + "(?:" + DOT + localWord() + ")*\\s*\\z", Pattern.CASE_INSENSITIVE);

  /** How far before an '@' a local part may start: long enough for a spelled-out one. */
  private static final int LOCAL_WINDOW = 80;

  private static String label() {
    return "(?:" + SPELLED + "|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)";
  }

  private static String localWord() {
    return "(?:" + SPELLED + "|[a-z0-9_%+-]+)";
  }

  private static String bracketed(String word) {
    return "[\\[({<]\\s*" + word + "\\s*[\\])}>]";
  }

  /** Each word, also with single spaces between its letters ("c o m"). */
  private static String oneOfSpelled(String[] words) {
    StringBuilder sb = new StringBuilder("(?:");
    for (String w : words) {
      if (sb.length() > 3) {
        sb.append('|');
      }
      sb.append(String.join(" ?", w.split("")));
    }
    return sb.append(')').toString();
  }

  @Override
  public void find(ScannedText t, List<PiiFinding> out) {
    String text = t.text;
    List<int[]> spans = null;
    if (text.indexOf('@') >= 0) {
      spans = new ArrayList<>(2);
      Matcher m = PLAIN.matcher(text);
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end()});
      }
    }
    // written-out forms: the regular expressions run only where an '@' or a word standing for it is
    for (int i = 0; i < text.length(); i++) {
      int atEnd = atSignEnd(text, i);
      if (atEnd < 0) {
        continue;
      }
      Matcher domain = DOMAIN.matcher(text).region(atEnd, text.length());
      if (domain.lookingAt()) {
        Matcher local = LOCAL.matcher(text).region(Math.max(0, i - LOCAL_WINDOW), i).useTransparentBounds(true);
        if (local.find()) {
          spans = spans == null ? new ArrayList<>(2) : spans;
          addMerged(spans, local.start(), domain.end());
        }
      }
      i = atEnd - 1;
    }
    if (spans != null) {
      for (int[] span : spans) {
        out.add(new PiiFinding(PiiType.EMAIL, span[0], span[1]));
      }
    }
  }

  /**
   * If an '@' or a stand-in for it starts at {@code i} — "@", "%40", "(at)", "[@]", "{et}", or "at" / "et"
   * as a word between spaces — where it ends (spaces after it included); otherwise -1.
   */
  private static int atSignEnd(String text, int i) {
    char c = text.charAt(i);
    int end = -1;
    if (c == '@') {
      end = i + 1;
    } else if (c == '%' && text.startsWith("40", i + 1)) {
      end = i + 3;
    } else if (c == '[' || c == '(' || c == '{' || c == '<') {
      end = bracketedAtEnd(text, i + 1);
    } else if ((c == 'a' || c == 'A' || c == 'e' || c == 'E') && i > 0 && Character.isWhitespace(text.charAt(i - 1))
        && i + 2 < text.length() && (text.charAt(i + 1) == 't' || text.charAt(i + 1) == 'T') && Character.isWhitespace(text.charAt(i + 2))) {
      end = i + 2;
    }
    return end;
  }

  private static int bracketedAtEnd(String text, int from) {
    int p = skipWhitespace(text, from);
    if (p < text.length() && text.charAt(p) == '@') {
      p++;
    } else if (p + 1 < text.length() && "aAeE".indexOf(text.charAt(p)) >= 0 && "tT".indexOf(text.charAt(p + 1)) >= 0) {
      p += 2;
    } else {
      return -1;
    }
    p = skipWhitespace(text, p);
    return p < text.length() && "])}>".indexOf(text.charAt(p)) >= 0 ? p + 1 : -1;
  }

  private static int skipWhitespace(String text, int from) {
    int p = from;
    while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
      p++;
    }
    return p;
  }

  /** A written-out match around a plain one ("budi @gmail.com") replaces it rather than leaving a piece behind. */
  private static void addMerged(List<int[]> spans, int start, int end) {
    for (int[] s : spans) {
      if (s[0] < end && start < s[1]) {
        s[0] = Math.min(s[0], start);
        s[1] = Math.max(s[1], end);
        return;
      }
    }
    spans.add(new int[] {start, end});
  }
}
