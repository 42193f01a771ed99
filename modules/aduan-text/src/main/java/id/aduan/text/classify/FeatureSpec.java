package id.aduan.text.classify;

/**
 * Which features a model reads, recorded in every model file so a model is always fed what it was trained
 * on. Words are Lucene tokens of the normalised text (stemmed if {@code stem}), as unigrams and, if
 * {@code wordNgrams} is 2, bigrams; character n-grams of length {@code charMin..charMax} are taken inside
 * each normalised word with boundary marks, which makes the model robust to the misspellings and
 * fused words of informal text. All are hashed into {@code 2^hashBits} buckets.
 */
public record FeatureSpec(int hashBits, int wordNgrams, int charMin, int charMax, boolean stem) {

  public FeatureSpec {
    if (hashBits < 10 || hashBits > 24) {
      throw new IllegalArgumentException("hashBits must be within 10..24, was " + hashBits);
    }
    if (wordNgrams < 0 || wordNgrams > 2) {
      throw new IllegalArgumentException("wordNgrams must be 0, 1 or 2, was " + wordNgrams);
    }
    if (charMin != 0 && (charMin < 1 || charMax < charMin || charMax > 8)) {
      throw new IllegalArgumentException("char n-gram range must be 1 <= min <= max <= 8 (or min 0 for none)");
    }
    if (wordNgrams == 0 && charMin == 0) {
      throw new IllegalArgumentException("a model needs word or character features");
    }
  }

  /** The defaults: word uni- and bigrams and character 3–5-grams in 2^18 buckets. */
  public static FeatureSpec standard() {
    return new FeatureSpec(18, 2, 3, 5, true);
  }

  public int dimension() {
    return 1 << hashBits;
  }
}
