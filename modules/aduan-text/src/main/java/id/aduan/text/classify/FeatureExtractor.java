package id.aduan.text.classify;

import id.aduan.text.normalize.IndonesianTokenizer;
import id.aduan.text.pii.PiiMasker;
import id.aduan.text.normalize.TextNormalizer;
import java.util.Arrays;

/**
 * Turns a text into a hashed, L2-normalised feature vector as its {@link FeatureSpec} says. Counts are
 * damped (1 + ln count) so a word repeated in anger does not outweigh the rest of the complaint.
 * Thread-safe: per-thread scratch buffers avoid allocating on the hot path.
 */
public final class FeatureExtractor {

  private static final int WORD_SEED = 0x9747b28c;
  private static final int BIGRAM_SEED = 0x5bd1e995;
  private static final int CHAR_SEED = 0x1b873593;

  private static final PiiMasker MASKER = new PiiMasker();

  private final FeatureSpec spec;
  private final TextNormalizer normalizer;
  private final IndonesianTokenizer tokenizer;
  private final int mask;
  private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

  public FeatureExtractor(FeatureSpec spec, TextNormalizer normalizer) {
    this.spec = spec;
    this.normalizer = normalizer;
    this.tokenizer = new IndonesianTokenizer(spec.stem());
    this.mask = spec.dimension() - 1;
  }

  public FeatureSpec spec() {
    return spec;
  }

  /**
   * Masks personal data first, as the pipeline does before any stage reads a complaint, so that a model
   * learns "[TELEPON]" rather than thousands of distinct phone numbers, and sees at prediction time what it
   * saw in training.
   */
  public SparseVector extract(String text) {
    return extractNormalized(normalizer.normalize(MASKER.mask(text).text()));
  }

  /** For callers that already hold the normalised text. */
  public SparseVector extractNormalized(String normalized) {
    Scratch s = scratch.get();
    collect(normalized, s);
    return s.toVector(s.wordFeatures, mask);
  }

  /**
   * The features before they are hashed into this model's buckets. Models whose specs differ only in
   * {@code hashBits} can share one tokenising and hashing pass (see {@link #sharesPassWith}).
   */
  public RawFeatures raw(String normalized) {
    Scratch s = scratch.get();
    collect(normalized, s);
    return new RawFeatures(Arrays.copyOf(s.buckets, s.count), s.wordFeatures);
  }

  /** This extractor's vector for features another compatible extractor collected. */
  public SparseVector vector(RawFeatures raw) {
    Scratch s = scratch.get();
    s.count = 0;
    for (int h : raw.hashes()) {
      s.add(h);
    }
    return s.toVector(raw.wordFeatures(), mask);
  }

  /** Whether both read the same words and n-grams, so {@link #raw} of one can feed {@link #vector} of the other. */
  public boolean sharesPassWith(FeatureExtractor other) {
    FeatureSpec a = spec;
    FeatureSpec b = other.spec;
    return a.wordNgrams() == b.wordNgrams() && a.charMin() == b.charMin() && a.charMax() == b.charMax() && a.stem() == b.stem();
  }

  private void collect(String normalized, Scratch s) {
    s.count = 0;
    if (spec.wordNgrams() > 0) {
      s.previous = 0;
      s.hasPrevious = false;
      tokenizer.forEachToken(normalized, (buffer, length) -> {
        int h = hash(buffer, 0, length, WORD_SEED);
        s.add(finish(h));
        if (spec.wordNgrams() > 1 && s.hasPrevious) {
          s.add(finish(s.previous * 31 + h + BIGRAM_SEED));
        }
        s.previous = h;
        s.hasPrevious = true;
      });
    }
    s.wordFeatures = s.count;
    if (spec.charMin() > 0) {
      addCharNgrams(normalized, s);
    }
  }

  private void addCharNgrams(String text, Scratch s) {
    int n = text.length();
    int i = 0;
    char[] word = s.word;
    while (i < n) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < n && text.charAt(i) != ' ') {
        i++;
      }
      int len = i - start;
      if (len == 0) {
        continue;
      }
      if (len + 2 > word.length) {
        word = s.word = new char[len + 2];
      }
      word[0] = '<';
      text.getChars(start, i, word, 1);
      word[len + 1] = '>';
      int total = len + 2;
      int min = spec.charMin();
      int max = spec.charMax();
      for (int from = 0; from < total; from++) {
        int h = CHAR_SEED;
        int limit = Math.min(total, from + max);
        for (int to = from; to < limit; to++) {
          h = (h ^ word[to]) * 0x01000193;
          if (to - from + 1 >= min) {
            s.add(finish(h));
          }
        }
      }
    }
  }

  private static int hash(char[] buffer, int from, int to, int seed) {
    int h = seed;
    for (int i = from; i < to; i++) {
      h = (h ^ buffer[i]) * 0x01000193;
    }
    return h;
  }

  /** MurmurHash3's finaliser: spreads FNV's weak low bits before they are masked to a bucket. */
  private static int finish(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  private static final class Scratch {
    int[] buckets = new int[512];
    int count;
    int wordFeatures;
    int previous;
    boolean hasPrevious;
    char[] word = new char[64];
    // open-addressing counts, reset through the list of used slots: sorting to merge duplicates costs
    // more than all the hashing on short texts
    int[] tableKeys = new int[1024];
    int[] tableCounts = new int[1024];
    int[] usedSlots = new int[512];
    int[] outIndices = new int[512];
    float[] outValues = new float[512];

    void add(int bucket) {
      if (count == buckets.length) {
        buckets = Arrays.copyOf(buckets, count * 2);
      }
      buckets[count++] = bucket;
    }

    /**
     * Words and character n-grams are weighted as two blocks of equal norm: a long complaint has ten times
     * more n-grams than words, and without this the words would be drowned out. A bucket present in both
     * blocks appears twice, which a linear model sums like one entry.
     */
    SparseVector toVector(int wordFeatures, int bucketMask) {
      int needed = Integer.highestOneBit(Math.max(16, count * 2 - 1)) << 1;
      if (needed > tableKeys.length) {
        tableKeys = new int[needed];
        tableCounts = new int[needed];
      }
      if (count > usedSlots.length) {
        usedSlots = new int[count];
        outIndices = new int[count];
        outValues = new float[count];
      }
      int words = countDistinct(0, wordFeatures, 0, bucketMask);
      emitBlock(0, words);
      int total = words + countDistinct(wordFeatures, count, words, bucketMask);
      emitBlock(words, total);
      float scale = words > 0 && total > words ? (float) Math.sqrt(0.5) : 1f;
      int[] indices = Arrays.copyOf(outIndices, total);
      float[] values = Arrays.copyOf(outValues, total);
      if (scale != 1f) {
        for (int i = 0; i < total; i++) {
          values[i] *= scale;
        }
      }
      return new SparseVector(indices, values);
    }

    /** Counts the distinct buckets of {@code buckets[from, to)} into slots listed from {@code usedSlots[out]}. */
    private int countDistinct(int from, int to, int out, int bucketMask) {
      int mask = tableKeys.length - 1;
      int distinct = 0;
      for (int i = from; i < to; i++) {
        int key = buckets[i] & bucketMask;
        int slot = (key * 0x9E3779B9) >>> 7 & mask;
        while (tableCounts[slot] != 0 && tableKeys[slot] != key) {
          slot = (slot + 1) & mask;
        }
        if (tableCounts[slot] == 0) {
          tableKeys[slot] = key;
          usedSlots[out + distinct++] = slot;
        }
        tableCounts[slot]++;
      }
      return distinct;
    }

    /** Writes one block's damped, unit-norm values and empties its slots for the next block or text. */
    private void emitBlock(int from, int to) {
      double norm = 0;
      for (int i = from; i < to; i++) {
        int slot = usedSlots[i];
        float v = damp(tableCounts[slot]);
        tableCounts[slot] = 0;
        outIndices[i] = tableKeys[slot];
        outValues[i] = v;
        norm += v * v;
      }
      if (norm > 0) {
        float f = (float) (1 / Math.sqrt(norm));
        for (int i = from; i < to; i++) {
          outValues[i] *= f;
        }
      }
    }

    private static float damp(int count) {
      return count == 1 ? 1f : (float) (1 + StrictMath.log(count));
    }
  }
}
