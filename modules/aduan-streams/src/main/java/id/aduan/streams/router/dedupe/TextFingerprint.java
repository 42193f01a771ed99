package id.aduan.streams.router.dedupe;

import id.aduan.text.normalize.TextNormalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * A masked text reduced to the hashes of its normalised words, enough to tell near-identical complaints apart
 * from different ones, and kept in state instead of the text itself. Only masked text is fingerprinted: a
 * 32-bit hash of a single word such as a phone number or a NIK is reversed by trying every number.
 */
public final class TextFingerprint {
  private static final int MIN_WORD_LENGTH = 3;
  private final TextNormalizer normalizer;

  public TextFingerprint(TextNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  /** The fingerprint of a text the analysis stage already masked. */
  public Set<Integer> of(String maskedText) {
    Set<Integer> words = new HashSet<>();
    for (String word : normalizer.normalize(maskedText).split("\\s+")) {
      if (word.length() >= MIN_WORD_LENGTH) {
        words.add(word.hashCode());
      }
    }
    return words;
  }

  /** Jaccard similarity of two fingerprints: shared words over all words. */
  public static double similarity(Set<Integer> a, Set<Integer> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1.0;
    }
    int shared = 0;
    for (Integer word : a) {
      if (b.contains(word)) {
        shared++;
      }
    }
    return (double) shared / (a.size() + b.size() - shared);
  }
}
