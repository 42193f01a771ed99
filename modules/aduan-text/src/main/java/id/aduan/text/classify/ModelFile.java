package id.aduan.text.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * The on-disk form of a {@link TextClassifier}:
 *
 * <pre>
 *   "ADUANMDL"  8 ASCII bytes, so any file can be recognised or refused at once
 *   version     unsigned 16-bit format version ({@value #FORMAT_VERSION})
 *   gzip {
 *     int + UTF-8 JSON   the {@link ModelInfo}: labels, features, training provenance, metrics, created at
 *     int dimension, int labels, float[labels] bias
 *     int n, then n × (int bucket, float[labels] weights)   only buckets the training data touched
 *   }
 * </pre>
 *
 * The gzip trailer's CRC-32 catches damaged files; storing only touched buckets keeps a model trained on a
 * few hundred complaints at a few hundred kilobytes although it has 2^18 buckets. The bytes depend only
 * on the model, so the same training run gives the same file.
 */
public final class ModelFile {

  public static final int FORMAT_VERSION = 1;
  private static final byte[] MAGIC = "ADUANMDL".getBytes(StandardCharsets.US_ASCII);
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.INDENT_OUTPUT);

  private ModelFile() {}

  /** Writes atomically: a reader never sees half a model. */
  public static void write(TextClassifier model, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    // a sibling, not createTempFile, so the model gets the usual permissions rather than owner-only ones
    Path tmp = parent.resolve(file.getFileName() + ".tmp-" + Long.toHexString(System.nanoTime()));
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
      write(model, out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public static void write(TextClassifier model, OutputStream out) throws IOException {
    out.write(MAGIC);
    out.write(FORMAT_VERSION >>> 8);
    out.write(FORMAT_VERSION & 0xff);
    GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
    byte[] header = JSON.writeValueAsBytes(model.info());
    data.writeInt(header.length);
    data.write(header);
    SoftmaxWeights w = model.weights();
    data.writeInt(w.dimension);
    data.writeInt(w.labels);
    for (float b : w.bias) {
      data.writeFloat(b);
    }
    data.writeInt(w.nonZeroBuckets());
    for (int f = 0; f < w.dimension; f++) {
      if (w.bucketUsed(f)) {
        data.writeInt(f);
        for (int k = 0; k < w.labels; k++) {
          data.writeFloat(w.weights[f * w.labels + k]);
        }
      }
    }
    data.flush();
    gzip.finish();
    out.flush();
  }

  public static TextClassifier read(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return read(in, file.toString());
    }
  }

  /** Reads a model from a stream; {@code source} names it in error messages. */
  public static TextClassifier read(InputStream in, String source) throws IOException {
    byte[] magic = in.readNBytes(MAGIC.length);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new ModelFormatException(source + " is not an Aduan model file (it does not start with ADUANMDL)");
    }
    int hi = in.read();
    int lo = in.read();
    if (hi < 0 || lo < 0) {
      throw new ModelFormatException(source + " is truncated: it ends inside the header");
    }
    int version = (hi << 8) | lo;
    if (version != FORMAT_VERSION) {
      throw new ModelFormatException(source + " has model format version " + version + "; this build of Aduan reads version "
          + FORMAT_VERSION + (version > FORMAT_VERSION ? " (the model is newer: upgrade Aduan or retrain)" : " (retrain the model)"));
    }
    try {
      DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
      ModelInfo info = readInfo(data, source);
      int dimension = data.readInt();
      int labels = data.readInt();
      if (dimension != info.features().dimension() || labels != info.labels().size()) {
        throw new ModelFormatException(source + " is inconsistent: header says " + info.labels().size() + " labels and "
            + info.features().dimension() + " features, weights have " + labels + " and " + dimension);
      }
      float[] bias = new float[labels];
      for (int k = 0; k < labels; k++) {
        bias[k] = data.readFloat();
      }
      float[] weights = new float[dimension * labels];
      int buckets = data.readInt();
      if (buckets < 0 || buckets > dimension) {
        throw new ModelFormatException(source + " is corrupt: " + buckets + " weight rows for " + dimension + " features");
      }
      int previous = -1;
      for (int i = 0; i < buckets; i++) {
        int f = data.readInt();
        if (f <= previous || f >= dimension) {
          throw new ModelFormatException(source + " is corrupt: weight row " + f + " out of order or range");
        }
        previous = f;
        for (int k = 0; k < labels; k++) {
          weights[f * labels + k] = data.readFloat();
        }
      }
      if (data.read() != -1) {
        throw new ModelFormatException(source + " is corrupt: unexpected bytes after the weights");
      }
      return new TextClassifier(info, new SoftmaxWeights(labels, dimension, weights, bias, info.temperature()));
    } catch (EOFException e) {
      throw new ModelFormatException(source + " is truncated: it ends before the weights are complete", e);
    } catch (ZipException e) {
      throw new ModelFormatException(source + " is corrupt: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(source + " is not a valid model: " + e.getMessage(), e);
    }
  }

  private static ModelInfo readInfo(DataInputStream data, String source) throws IOException {
    int length = data.readInt();
    if (length <= 0 || length > (1 << 24)) {
      throw new ModelFormatException(source + " is corrupt: header length " + length);
    }
    byte[] header = new byte[length];
    data.readFully(header);
    ModelInfo info;
    try {
      info = JSON.readValue(header, ModelInfo.class);
    } catch (JsonProcessingException e) {
      throw new ModelFormatException(source + " has an unreadable header: " + e.getOriginalMessage(), e);
    }
    if (!ModelInfo.KIND.equals(info.kind())) {
      throw new ModelFormatException(source + " holds a model of kind '" + info.kind() + "', not a text classifier");
    }
    if (info.labels() == null || info.labels().size() < 2 || info.features() == null) {
      throw new ModelFormatException(source + " has an incomplete header: labels and features are required");
    }
    return info;
  }
}
