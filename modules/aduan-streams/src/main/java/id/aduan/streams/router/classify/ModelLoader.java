package id.aduan.streams.router.classify;

import id.aduan.event.ModelVersion;
import id.aduan.text.classify.ModelFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns a published {@link ModelVersion} into a classifier: from the bytes in the record or from a
 * {@code file:} location, refusing any file whose SHA-256 differs from the one published with it.
 */
public final class ModelLoader {
  private ModelLoader() {}

  public static LoadedModel load(ModelVersion version) throws IOException {
    byte[] bytes = bytes(version);
    String actual = sha256(bytes);
    if (!actual.equalsIgnoreCase(version.getSha256())) {
      throw new IOException("model " + version.getVersion() + " has SHA-256 " + actual + ", published as "
          + version.getSha256());
    }
    return LoadedModel.of(version.getVersion(), ModelFile.read(new ByteArrayInputStream(bytes), version.getVersion()));
  }

  /** A model file read at start-up; its version is derived from its content so that it is stable. */
  public static LoadedModel fromFile(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return fromBytes(bytes, file.getFileName().toString());
  }

  public static LoadedModel fromBytes(byte[] bytes, String source) throws IOException {
    return LoadedModel.of("file-" + sha256(bytes).substring(0, 12), ModelFile.read(new ByteArrayInputStream(bytes), source));
  }

  private static byte[] bytes(ModelVersion version) throws IOException {
    ByteBuffer inline = version.getModelBytes();
    if (inline != null) {
      byte[] bytes = new byte[inline.remaining()];
      inline.duplicate().get(bytes);
      return bytes;
    }
    String location = version.getLocation();
    if (location == null) {
      throw new IOException("model " + version.getVersion() + " has neither bytes nor a location");
    }
    URI uri = URI.create(location);
    if (!"file".equals(uri.getScheme())) {
      throw new IOException("model " + version.getVersion() + ": only file: locations can be read, not " + location);
    }
    return Files.readAllBytes(Path.of(uri));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
