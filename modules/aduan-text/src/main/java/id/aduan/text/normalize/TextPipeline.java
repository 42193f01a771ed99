package id.aduan.text.normalize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.lucene.util.Version;

/**
 * A fingerprint of everything that turns raw text into the words a model sees: the lexicon files, the
 * stemmer's keep-list, the Lucene version and a revision number for the masking and normalising code. A
 * model records it, so that a model trained before a lexicon change can be recognised as reading text
 * differently from how it was trained.
 */
public final class TextPipeline {

  /** Raise when a code change alters the features of the same text (masking, normalising, tokenising). */
  static final int REVISION = 2;

  /** The masker's list of words that are never names is here too: it decides which words a model sees. */
  private static final String[] RESOURCES = {"slang.tsv", "emoji.tsv", "stem-keep.txt", "/id/aduan/text/pii/not-names.txt"};

  private TextPipeline() {}

  public static String fingerprint() {
    return Holder.FINGERPRINT;
  }

  private static final class Holder {
    static final String FINGERPRINT = compute();
  }

  private static String compute() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(("revision " + REVISION + "\nlucene " + Version.LATEST + "\n").getBytes(StandardCharsets.UTF_8));
      for (String resource : RESOURCES) {
        try (InputStream in = TextPipeline.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("text pipeline resource missing: " + resource);
          }
          sha.update(in.readAllBytes());
        }
      }
      return "r" + REVISION + "-" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
