package id.aduan.streams.tracker.metrics;

import com.tdunning.math.stats.MergingDigest;
import java.nio.ByteBuffer;

/**
 * Working times kept as a t-digest in its small-bytes encoding, so an aggregate stays a few hundred bytes
 * however many complaints it counts, and sketches of different periods or keys can be merged. Quantiles
 * are estimates whose rank error is smallest at the tails (well under 1% at p50 and p90 for compression 100).
 */
public final class WorkingTimeSketch {
  /** t-digest compression: about 100 centroids at most. */
  public static final double COMPRESSION = 100;

  private WorkingTimeSketch() {}

  /** The sketch with one more value; {@code sketch} may be null (no values yet). */
  public static byte[] add(byte[] sketch, long value) {
    MergingDigest digest = sketch == null ? new MergingDigest(COMPRESSION) : read(sketch);
    digest.add(value);
    return write(digest);
  }

  /** The estimated {@code q}-quantile, rounded to a millisecond; null when the sketch has no values. */
  public static Long quantile(byte[] sketch, double q) {
    if (sketch == null) {
      return null;
    }
    MergingDigest digest = read(sketch);
    return digest.size() == 0 ? null : Math.round(digest.quantile(q));
  }

  /** Decodes a sketch, as written by this class or by any reader of {@code UnitMetrics} sketches. */
  public static MergingDigest read(byte[] sketch) {
    return MergingDigest.fromBytes(ByteBuffer.wrap(sketch));
  }

  private static byte[] write(MergingDigest digest) {
    digest.compress();
    ByteBuffer buffer = ByteBuffer.allocate(digest.smallByteSize());
    digest.asSmallBytes(buffer);
    return buffer.array();
  }
}
