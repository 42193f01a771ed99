package id.aduan.text.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses, also written to slip past a filter: the '@' or '.' as a word ("budi at gmail dot com",
 * "et", "titik"), in brackets ("(at)", "[at]", "{dot}"), URL-encoded ("%40"), with spaces around them, or
 * spelled out letter by letter ("b u d i @ g m a i l . c o m"). A written-out address must end in a known
 * top-level domain or name a known mail provider, so "ketemu at stasiun" stays as it is. The patterns only
 * run when the text has an '@', a "%40" or the word "at" or "et".
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

  private static final Pattern WRITTEN_OUT = Pattern.compile(writtenOut(), Pattern.CASE_INSENSITIVE);

  private static String writtenOut() {
    String at = "(?:\\s*(?:@|%40|" + bracketed("(?:at|et|@)") + ")\\s*|\\s+(?:at|et)\\s+)";
    String dot = "(?:\\s*(?:\\.|" + bracketed("(?:dot|titik|\\.)") + ")\\s*|\\s+(?:dot|titik)\\s+)";
    String spelled = "[a-z0-9](?: [a-z0-9])+";
    String localWord = "(?:" + spelled + "|[a-z0-9_%+-]+)";
    String label = "(?:" + spelled + "|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)";
    String local = "(?<![a-z0-9._%+-])" + localWord + "(?:" + dot + localWord + ")*";
    String domain = label + "(?:" + dot + label + ")*" + dot + oneOfSpelled(TLDS) + "(?![a-z0-9])";
    return local + at + "(?:" + domain + "|" + oneOfSpelled(PROVIDERS) + "(?![a-z0-9]))";
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
    boolean at = t.text.indexOf('@') >= 0 || t.text.contains("%40");
    if (!at && !hasAtWord(t.text)) {
      return;
    }
    List<int[]> spans = new ArrayList<>(2);
    if (at) {
      Matcher m = PLAIN.matcher(t.text);
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end()});
      }
    }
    Matcher m = WRITTEN_OUT.matcher(t.text);
    while (m.find()) {
      addMerged(spans, m.start(), m.end());
    }
    for (int[] s : spans) {
      out.add(new PiiFinding(PiiType.EMAIL, s[0], s[1]));
    }
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

  /** "at" or "et" as a word of its own (also in brackets), checked without a regular expression. */
  private static boolean hasAtWord(String text) {
    for (int i = 0; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == 'a' || c == 'A' || c == 'e' || c == 'E') && (text.charAt(i + 1) == 't' || text.charAt(i + 1) == 'T')
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (i + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
        return true;
      }
    }
    return false;
  }
}
