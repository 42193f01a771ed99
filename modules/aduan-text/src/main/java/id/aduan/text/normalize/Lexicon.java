package id.aduan.text.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A word-for-word replacement table read from a tab-separated data file, so that agencies and linguists
 * can extend the slang list without touching code. Lines starting with '#' are comments.
 */
public final class Lexicon {

  private final Map<String, String> replacements;

  private Lexicon(Map<String, String> replacements) {
    this.replacements = Map.copyOf(replacements);
  }

  /** Loads a table shipped on the class path next to this class. */
  public static Lexicon resource(String name) {
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource not found: " + name);
      }
      return read(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + name, e);
    }
  }

  public static Lexicon read(InputStream in, String source) throws IOException {
    Map<String, String> map = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNo = 0;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || tab == line.length() - 1) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": expected 'word<TAB>replacement', got: " + line);
      }
      String key = line.substring(0, tab).strip();
      if (map.put(key, line.substring(tab + 1).strip()) != null) {
        throw new IllegalArgumentException(source + ":" + lineNo + ": duplicate entry '" + key + "'");
      }
    }
    return new Lexicon(map);
  }

  /** The replacement for {@code word}, or null when the word stays as it is. */
  public String replacement(String word) {
    return replacements.get(word);
  }

  public int size() {
    return replacements.size();
  }
}
