package id.aduan.text.pii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name where the text points at one. Two kinds of cue:
 * <ul>
 *   <li>an introduction or a form field ("nama saya …", "atas nama …", "a/n …", "Nama: …", "Pelapor: …"),
 *       after which the name may be written in lower case;
 *   <li>a signature or self-reference ("Salam, …", "Hormat saya, …", "Terima kasih. - …", "ttd …",
 *       "Regards, …", "Saya, …"), after which only one to three capitalised words count, none of them an
 *       ordinary word (the list in {@code not-names.txt}), and not followed by another capitalised word
 *       (a Title Case sentence) — so "saya ingin", "Salam, Admin" or "Saya Mau Tanya" stay as they are.
 * </ul>
 * Names elsewhere are not guessed: without a cue there is no telling a name from a street or a place.
 */
final class SelfNames implements PiiRule {

  private static final Pattern INTRODUCED = Pattern.compile(
      "(?<![a-z])(?:nama saya|nama sy|saya bernama|sy bernama|perkenalkan,? saya|atas nama|a\\.\\s?n\\.?|a/n"
          + "|nama(?: lengkap| pelapor| pengadu| pemohon)?\\s*:|(?:pelapor|pengadu|pemohon|pengirim|dilaporkan oleh)\\s*:)"
          + "(?:\\s*(?:adalah|ialah|yaitu))?\\s*:?\\s*");

  /** Words without which no introduction cue can match: a cheap test before the pattern runs. */
  private static final String[] INTRODUCTION_WORDS = {"nama", "a.n", "a. n", "a/n", "perkenalkan", "pelapor", "pengadu", "pemohon", "pengirim", "dilaporkan"};

  /** The first words of the signature cues: the pattern is tried only where one of them starts. */
  private static final String[] SIGNATURE_WORDS = {
    "salam", "hormat", "best", "kind", "warm", "regards", "ttd", "tertanda", "pelapor", "pengadu", "saya", "terima", "makasih",
    "trims", "thank", "thx", "wassalam"
  };

  /**
   * Signatures and self-references. Closings such as "Salam" or "Terima kasih" open a sentence as often as a
   * signature, so they count only with a comma, full stop, dash or line break before the name; "saya" only
   * with a space or comma (after "saya." a new sentence starts).
   */
  private static final Pattern SIGNED = Pattern.compile(
      "(?i)(?<![a-z])(?:(?:salam hormat|hormat (?:saya|kami)|(?:best |kind |warm )?regards|ttd\\.?|tertanda|pelapor|pengadu)"
          + "[ \\t]*[,:\\n-]*[\\s-]*"
          + "|saya,?[ \\t]+"
          + "|(?:salam|terima ?kasih(?: banyak)?|makasih|trims|thanks|thank you|thx|wassalam(?:u'?\\s?alaikum)?(?:\\s*wr\\.?\\s*wb\\.?)?)"
          + "\\s*[,.:!\\n-]+[\\s-]*)");

  /** "menurut saya Ciganea …", "kepada saya Budi …": after a preposition "saya" is not introducing anyone. */
  private static final String[] SAYA_AS_OBJECT = {
    "menurut", "bagi", "kata", "untuk", "utk", "dari", "kepada", "oleh", "sama", "dengan", "dgn", "pada", "ke", "di",
    "punya", "milik", "bersama", "seperti", "tempat", "rumah", "anak", "teman"
  };

  private static final Pattern WORD = Pattern.compile("[\\p{L}'][\\p{L}'-]*\\.?");
  private static final int MAX_WORDS = 4;
  private static final int MAX_SIGNED_WORDS = 3;

  /** Words that end a name, or show the cue was not followed by one ("nama saya sudah terdaftar"). */
  private static final Set<String> NOT_NAME = words("not-names.txt");

  @Override
  public void find(ScannedText t, List<PiiFinding> out) {
    if (t.containsAnyIgnoreCase(INTRODUCTION_WORDS)) {
      Matcher cue = INTRODUCED.matcher(t.lower());
      while (cue.find()) {
        int end = nameEnd(t.text, cue.end(), MAX_WORDS, false);
        if (end > cue.end()) {
          out.add(new PiiFinding(PiiType.NAMA, cue.end(), end));
        }
      }
    }
    if (!hasCapitalAfterStart(t.text)) {
      return; // a signed name is capitalised and never opens the text
    }
    Matcher cue = null;
    for (int at = t.indexOfAnyIgnoreCase(0, SIGNATURE_WORDS); at >= 0; at = t.indexOfAnyIgnoreCase(at + 1, SIGNATURE_WORDS)) {
      cue = cue == null ? SIGNED.matcher(t.text).useTransparentBounds(true) : cue;
      if (!cue.region(at, t.text.length()).lookingAt()) {
        continue;
      }
      int start = cue.end();
      if (start >= t.text.length() || !Character.isUpperCase(t.text.charAt(start)) || shouting(t.text, cue.start(), start)
          || (t.text.regionMatches(true, cue.start(), "saya", 0, 4) && t.wordBefore(cue.start(), 10, SAYA_AS_OBJECT))) {
        continue;
      }
      int end = nameEnd(t.text, start, MAX_SIGNED_WORDS, true);
      if (end > start && !capitalisedWordAt(t.text, skipSpaces(t.text, end))) {
        out.add(new PiiFinding(PiiType.NAMA, start, restOfSignatureLine(t.text, end)));
      }
    }
  }

  /**
   * End of the name starting at {@code from}: up to {@code maxWords} words, stopping at an ordinary word. A name
   * that starts capitalised ends at the first small word; with {@code signed}, a word that is not capitalised
   * ends it too, and a run that fills all {@code maxWords} is a Title Case sentence, not a name.
   */
  private static int nameEnd(String text, int from, int maxWords, boolean signed) {
    Matcher word = WORD.matcher(text);
    word.region(from, text.length());
    int pos = from;
    int end = from;
    boolean capitalised = false;
    int count = 0;
    for (; count < maxWords && word.lookingAt(); count++) {
      int wordEnd = camelHump(text, word.start(), word.end());
      String w = stripTrailingDot(text.substring(word.start(), wordEnd)).toLowerCase(Locale.ROOT);
      boolean startsUpper = Character.isUpperCase(text.charAt(word.start()));
      if (NOT_NAME.contains(w)) {
        break;
      }
      if (count == 0) {
        capitalised = startsUpper;
      } else if (capitalised && !startsUpper) {
        break;
      }
      end = word.start() + w.length();
      pos = word.end();
      if (wordEnd < pos) {
        break;
      }
      boolean sentenceEnds = text.charAt(pos - 1) == '.' && !(w.length() <= 2);
      int next = skipSpaces(text, pos);
      if (sentenceEnds || next == pos || next >= text.length()) {
        count++;
        break;
      }
      word.region(next, text.length());
    }
    if (signed && (end == from || (count >= maxWords && capitalisedWordAt(text, skipSpaces(text, pos))))) {
      return from;
    }
    return end;
  }

  private static boolean hasCapitalAfterStart(String text) {
    for (int i = 1; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** "Uus hidayat" at the end of a line: one or two more words that close the signature's line belong to it. */
  private static int restOfSignatureLine(String text, int end) {
    Matcher word = WORD.matcher(text);
    int pos = end;
    for (int words = 0; words < 2; words++) {
      int next = skipSpaces(text, pos);
      if (next == pos || next >= text.length()) {
        break;
      }
      word.region(next, text.length());
      if (!word.lookingAt() || NOT_NAME.contains(stripTrailingDot(text.substring(word.start(), word.end())).toLowerCase(Locale.ROOT))) {
        break;
      }
      pos = word.end();
    }
    int lineEnd = pos;
    while (lineEnd < text.length() && (text.charAt(lineEnd) == ' ' || text.charAt(lineEnd) == '.')) {
      lineEnd++;
    }
    boolean closesLine = lineEnd == text.length() || text.charAt(lineEnd) == '\n';
    return closesLine && pos > end ? end + stripTrailingDot(text.substring(end, pos)).length() : end;
  }

  /** "SAYA KEHILANGAN DOMPET": in text written in capitals, a capitalised word says nothing. */
  private static boolean shouting(String text, int cueStart, int nameStart) {
    int letters = 0;
    for (int i = cueStart; i < nameStart; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters > 1;
  }

  private static boolean capitalisedWordAt(String text, int pos) {
    return pos < text.length() && Character.isUpperCase(text.charAt(pos)) && pos + 1 < text.length()
        && Character.isLetter(text.charAt(pos + 1));
  }

  /** "PrasetyoSaya": a missing space before the next sentence shows as a capital after a small letter. */
  private static int camelHump(String text, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
        return i;
      }
    }
    return end;
  }

  private static String stripTrailingDot(String w) {
    int n = w.length();
    while (n > 0 && (w.charAt(n - 1) == '.' || w.charAt(n - 1) == '-')) {
      n--;
    }
    return w.substring(0, n);
  }

  private static int skipSpaces(String text, int pos) {
    int p = pos;
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    return p;
  }

  private static Set<String> words(String resource) {
    try (InputStream in = SelfNames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word list not found: " + resource);
      }
      Set<String> words = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int comment = line.indexOf('#');
        for (String w : (comment >= 0 ? line.substring(0, comment) : line).trim().split("\\s+")) {
          if (!w.isEmpty()) {
            words.add(w);
          }
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
