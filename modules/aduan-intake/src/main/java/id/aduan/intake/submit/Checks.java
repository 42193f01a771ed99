package id.aduan.intake.submit;

import id.aduan.intake.category.CategoryCatalog;
import id.aduan.intake.problem.FieldError;
import id.aduan.intake.problem.Problem;
import id.aduan.intake.problem.ProblemException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The limits every channel applies to what citizens send, collecting every bad field (named as the
 * client named it) so that one answer lists them all.
 */
public final class Checks {
  public static final int MAX_TEXT = 5000;
  public static final int MAX_SHORT = 200;
  public static final int MAX_ADDRESS = 500;
  public static final int MAX_URL = 2000;
  public static final int MAX_ATTACHMENTS = 10;
  private static final Pattern REGION = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{10}");
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

  private final List<FieldError> errors = new ArrayList<>();

  public Checks error(String field, String detail) {
    errors.add(new FieldError(field, detail));
    return this;
  }

  public boolean ok() {
    return errors.isEmpty();
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** Throws a 400 problem naming every bad field, if there is any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ProblemException(Problem.invalidFields(errors));
    }
  }

  /** Required text, trimmed; null if it was missing or bad (the error is recorded). */
  public String requiredText(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      error(field, "is required and must not be blank");
      return null;
    }
    return optionalText(field, value, max);
  }

  public String optionalText(String field, String value, int max) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > max) {
      error(field, "must be at most " + max + " characters, not " + trimmed.length());
      return null;
    }
    if (hasControlCharacters(trimmed)) {
      error(field, "must not contain control characters");
      return null;
    }
    return trimmed.isEmpty() ? null : trimmed;
  }

  public Double latitude(String field, Double lat) {
    if (lat != null && (lat.isNaN() || lat < -90 || lat > 90)) {
      error(field, "must be a latitude between -90 and 90");
      return null;
    }
    return lat;
  }

  public Double longitude(String field, Double lon) {
    if (lon != null && (lon.isNaN() || lon < -180 || lon > 180)) {
      error(field, "must be a longitude between -180 and 180");
      return null;
    }
    return lon;
  }

  public Double number(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      double d = Double.parseDouble(text.strip());
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    error(field, "must be a decimal number");
    return null;
  }

  public String regionCode(String field, String code) {
    if (code != null && !REGION.matcher(code).matches()) {
      error(field, "must be a Kemendagri region code of 2, 4, 6 or 10 digits without dots");
      return null;
    }
    return code;
  }

  public String language(String field, String tag) {
    if (tag != null && !LANGUAGE.matcher(tag).matches()) {
      error(field, "must be a BCP 47 language tag such as id or en");
      return null;
    }
    return tag;
  }

  public String serviceCode(String field, String code, CategoryCatalog categories) {
    if (code != null && categories.find(code).isEmpty()) {
      error(field, "'" + abbreviate(code) + "' is not a known service code");
      return null;
    }
    return code;
  }

  public String url(String field, String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (url.length() <= MAX_URL && scheme != null
          && (scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("s3"))
          && uri.getHost() != null) {
        return url;
      }
    } catch (Exception invalid) {
      // reported below
    }
    error(field, "must be an absolute http(s) or s3 URL of at most " + MAX_URL + " characters");
    return null;
  }

  /** An Idempotency-Key header: visible ASCII, at most 200 characters. */
  public static String idempotencyKey(String header) {
    if (header == null) {
      return null;
    }
    if (!KEY.matcher(header).matches()) {
      throw new ProblemException(
          Problem.invalidFields(
              List.of(new FieldError("Idempotency-Key", "must be 1 to 200 visible ASCII characters"))));
    }
    return header;
  }

  static boolean hasControlCharacters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F) {
        return true;
      }
    }
    return false;
  }

  public static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
