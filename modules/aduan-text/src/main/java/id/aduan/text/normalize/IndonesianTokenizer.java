package id.aduan.text.normalize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits text into words with Lucene's standard (Unicode) tokenizer and optionally stems them with Lucene's
 * Indonesian stemmer ("pelayanannya" → "layan"), except for the words in {@code stem-keep.txt} that it would mangle
 * ("terminal" → "minal"). Stop words are kept on purpose: "tidak", "belum" and
 * "sudah" carry the meaning of a complaint. Thread-safe: Lucene reuses one token stream per thread.
 */
public final class IndonesianTokenizer implements AutoCloseable {

  private static final String FIELD = "text";

  private static final CharArraySet KEEP_UNSTEMMED = readWordList("stem-keep.txt");

  private final Analyzer analyzer;

  public IndonesianTokenizer(boolean stem) {
    this.analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(source);
        if (stem) {
          stream = new SetKeywordMarkerFilter(stream, KEEP_UNSTEMMED);
          stream = new IndonesianStemFilter(stream, true);
        }
        return new TokenStreamComponents(source, stream);
      }
    };
  }

  public void forEachToken(String text, TokenConsumer consumer) {
    try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        consumer.accept(term.buffer(), term.length());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("tokenising an in-memory string failed", e);
    }
  }

  public List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    forEachToken(text, (buffer, length) -> tokens.add(new String(buffer, 0, length)));
    return tokens;
  }

  private static CharArraySet readWordList(String resource) {
    CharArraySet words = new CharArraySet(64, false);
    try (InputStream in = IndonesianTokenizer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word list resource not found: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return CharArraySet.unmodifiableSet(words);
  }

  @Override
  public void close() {
    analyzer.close();
  }
}
