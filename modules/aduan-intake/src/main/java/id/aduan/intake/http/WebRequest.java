package id.aduan.intake.http;

import id.aduan.intake.problem.Problem;
import id.aduan.intake.problem.ProblemException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP request as the adapters see it: already read (bodies are small and size-limited), so handlers are
 * plain functions that tests can call without a server. Header names are case-insensitive.
 */
public record WebRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    TreeMap<String, String> headers,
    byte[] body,
    String remoteAddress) {

  public String header(String name) {
    return headers.get(name);
  }

  /** The media type without parameters, lower case, or null when there is no Content-Type. */
  public String mediaType() {
    String value = headers.get("Content-Type");
    if (value == null) {
      return null;
    }
    int semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** The declared charset; UTF-8 when none is declared or the declared one is unknown to us. */
  public Charset charset() {
    String value = headers.get("Content-Type");
    if (value != null) {
      for (String part : value.split(";")) {
        String p = part.trim();
        if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
          String name = p.substring(8).replace("\"", "").trim();
          try {
            return Charset.forName(name);
          } catch (RuntimeException unknown) {
            throw new ProblemException(
                Problem.of(415, "Unsupported Media Type", "Unknown charset '" + name + "'"));
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /**
   * The declared charset of a form body, which must spell the form's ASCII as ASCII: a form body is
   * percent-encoded ASCII, so a charset that writes it otherwise (UTF-16, UTF-32, those with a byte-order
   * mark, decode-only ones) cannot have produced it and is refused with 415.
   */
  public Charset formCharset() {
    Charset charset = charset();
    if (!FormDecoder.asciiCompatible(charset)) {
      throw new ProblemException(Problem.of(415, "Unsupported Media Type",
          "Charset '" + charset.name() + "' cannot carry an application/x-www-form-urlencoded body; use UTF-8"));
    }
    return charset;
  }

  public String queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public boolean accepts(String mediaType) {
    String accept = headers.get("Accept");
    return accept != null && accept.toLowerCase(Locale.ROOT).contains(mediaType);
  }

  /** The client to count against rate limits: the remote address (a proxy in front sets its own limits). */
  public String clientKey() {
    return remoteAddress == null ? "unknown" : remoteAddress;
  }

  public static TreeMap<String, String> headerMap() {
    return new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  }
}
