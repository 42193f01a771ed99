package id.aduan.streams.tracker.metrics;

import com.tdunning.math.stats.MergingDigest;
import java.nio.ByteBuffer;

/**
 * Working times kept as a t-digest in its standard encoding, so an aggregate stays under two kilobytes
 * however many complaints it counts, and sketches of different periods or keys can be merged. (The
 * library's small encoding stores floats, which would shift millisecond values near a week by tens of
 * milliseconds.) Quantiles are estimates, interpolated between centroids; the tests hold p50 and p90 within
 * 2% in rank of the exact values.
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

  /** The estimated quantiles, each rounded to a millisecond; null when the sketch has no values. */
  public static long[] quantiles(byte[] sketch, double... qs) {
    if (sketch == null) {
      return null;
    }
    MergingDigest digest = read(sketch);
    if (digest.size() == 0) {
      return null;
    }
    long[] values = new long[qs.length];
    for (int i = 0; i < qs.length; i++) {
      values[i] = Math.round(digest.quantile(qs[i]));
    }
    return values;
  }

  /** Decodes a sketch, as written by this class or by any reader of {@code UnitMetrics} sketches. */
  public static MergingDigest read(byte[] sketch) {
    return MergingDigest.fromBytes(ByteBuffer.wrap(sketch));
  }

  private static byte[] write(MergingDigest digest) {
    digest.compress();
    ByteBuffer buffer = ByteBuffer.allocate(digest.byteSize());
    digest.asBytes(buffer);
    return buffer.array();
  }
}
