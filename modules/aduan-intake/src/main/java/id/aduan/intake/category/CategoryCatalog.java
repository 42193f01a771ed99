package id.aduan.intake.category;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The categories of one deployment, from a YAML or JSON file; agencies differ only in this data. The
 * starter for a provincial transport agency ships with intake.
 */
public final class CategoryCatalog {
  public static final String STARTER = "/id/aduan/intake/category/transport-agency.yaml";
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  @JsonIgnoreProperties(ignoreUnknown = true)
  record File(String jurisdictionId, List<Category> categories) {}

  private final String jurisdictionId;
  private final Map<String, Category> byCode = new LinkedHashMap<>();

  private CategoryCatalog(File file, String source) {
    if (file == null || file.categories() == null || file.categories().isEmpty()) {
      throw new IllegalArgumentException(source + " defines no categories");
    }
    this.jurisdictionId = file.jurisdictionId();
    for (Category c : file.categories()) {
      if (c.code() == null || !CODE.matcher(c.code()).matches()) {
        throw new IllegalArgumentException(source + ": category code '" + c.code() + "' must match " + CODE);
      }
      if (c.name() == null || c.name().isBlank()) {
        throw new IllegalArgumentException(source + ": category " + c.code() + " has no name");
      }
      if (byCode.put(c.code(), c) != null) {
        throw new IllegalArgumentException(source + ": category code " + c.code() + " appears twice");
      }
    }
  }

  public static CategoryCatalog starter() {
    try (InputStream in = CategoryCatalog.class.getResourceAsStream(STARTER)) {
      return new CategoryCatalog(mapper(STARTER).readValue(in, File.class), STARTER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static CategoryCatalog load(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return new CategoryCatalog(mapper(path.toString()).readValue(in, File.class), path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the category file " + path + ": " + e.getMessage(), e);
    }
  }

  private static ObjectMapper mapper(String name) {
    return name.endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
  }

  public Optional<Category> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  public List<Category> all() {
    return List.copyOf(byCode.values());
  }

  /** The Open311 jurisdiction_id this deployment answers to; null accepts any. */
  public String jurisdictionId() {
    return jurisdictionId;
  }
}
