package id.aduan.text.normalize;

/**
 * Turns informal Indonesian into a plain, lower-case word sequence that tokenising and classifying can rely
 * on: URLs and @mentions are dropped, hashtags keep their word, emoji become a tone word or vanish, runs of
 * three or more equal letters collapse ("tolooong"), slang and abbreviations are expanded from a data
 * file ("yg", "gk", "jln"), and reduplication written with a 2 is spelled out ("anak2" → "anak anak").
 * Output words are separated by single spaces; digits are kept, punctuation is not. Thread-safe.
 */
public final class TextNormalizer {

  private static final int VARIATION_SELECTOR = 0xFE0F;
  private static final int ZERO_WIDTH_JOINER = 0x200D;

  private final Lexicon slang;
  private final Lexicon emoji;

  public TextNormalizer(Lexicon slang, Lexicon emoji) {
    this.slang = slang;
    this.emoji = emoji;
  }

  /** The normaliser with the lexicons shipped in this module. */
  public static TextNormalizer standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final TextNormalizer STANDARD = new TextNormalizer(Lexicon.resource("slang.tsv"), Lexicon.resource("emoji.tsv"));
  }

  public String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    StringBuilder word = new StringBuilder(24);
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (word.length() == 0 && startsUrl(text, i)) {
          i = skipToSpace(text, i);
          continue;
        }
        appendLower(word, cp);
        i += width;
        continue;
      }
      if ((cp == '\'' || cp == '’') && word.length() > 0 && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
        // "jum'at", "ma'af": the apostrophe is part of the word, not a break
        i += width;
        continue;
      }
      flush(word, out);
      if (cp == '@' && i + 1 < n && isWordChar(text.charAt(i + 1)) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
        i = skipWordChars(text, i + 1);
        continue;
      }
      if (cp > 0x2000 && cp != VARIATION_SELECTOR && cp != ZERO_WIDTH_JOINER) {
        String tone = emoji.replacement(new String(Character.toChars(cp)));
        if (tone != null) {
          appendWord(out, tone);
        }
      }
      i += width;
    }
    flush(word, out);
    return out.toString();
  }

  private static void appendLower(StringBuilder word, int cp) {
    word.appendCodePoint(Character.toLowerCase(cp));
  }

  private void flush(StringBuilder word, StringBuilder out) {
    if (word.length() == 0) {
      return;
    }
    collapseRuns(word);
    String w = word.toString();
    word.setLength(0);
    String replaced = slang.replacement(w);
    if (replaced != null) {
      appendWord(out, replaced);
      return;
    }
    int len = w.length();
    if (len >= 3 && w.charAt(len - 1) == '2' && isLetters(w, 0, len - 1)) {
      String base = w.substring(0, len - 1);
      String baseReplaced = slang.replacement(base);
      String b = baseReplaced != null ? baseReplaced : base;
      appendWord(out, b);
      appendWord(out, b);
      return;
    }
    appendWord(out, w);
  }

  /** Runs of three or more of the same letter ("bangeeet") become one letter; a double stays ("maaf"). */
  private static void collapseRuns(StringBuilder word) {
    int n = word.length();
    if (n < 3) {
      return;
    }
    int write = 0;
    int read = 0;
    while (read < n) {
      char c = word.charAt(read);
      int run = 1;
      while (read + run < n && word.charAt(read + run) == c) {
        run++;
      }
      int keep = Character.isLetter(c) && run >= 3 ? 1 : run;
      for (int k = 0; k < keep; k++) {
        word.setCharAt(write++, c);
      }
      read += run;
    }
    word.setLength(write);
  }

  private static void appendWord(StringBuilder out, String w) {
    if (out.length() > 0) {
      out.append(' ');
    }
    out.append(w);
  }

  private static boolean isLetters(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsUrl(String text, int i) {
    return text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i)
        || text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)
        || text.regionMatches(true, i, "www.", 0, 4);
  }

  private static int skipToSpace(String text, int i) {
    int p = i;
    while (p < text.length() && !Character.isWhitespace(text.charAt(p))) {
      p++;
    }
    return p;
  }

  private static int skipWordChars(String text, int i) {
    int p = i;
    while (p < text.length() && isWordChar(text.charAt(p))) {
      p++;
    }
    return p;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

}
