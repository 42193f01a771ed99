package id.aduan.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The starter transport-agency configuration shipped in the jar, as a file the config commands can read. */
public final class StarterConfig {
  static final String RESOURCE = "/config/dinas-perhubungan.yaml";

  private StarterConfig() {}

  public static Path extract() throws IOException {
    Path file = Files.createTempFile("aduan-starter-", ".yaml");
    file.toFile().deleteOnExit();
    return copyTo(file);
  }

  /** The starter configuration as {@code starter-config.yaml} in {@code directory}, replaced if it is there. */
  public static Path extract(Path directory) throws IOException {
    return copyTo(directory.resolve("starter-config.yaml"));
  }

  private static Path copyTo(Path file) throws IOException {
    try (InputStream in = StarterConfig.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("the starter configuration " + RESOURCE + " is missing from the jar");
      }
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }
}
