package id.aduan.console.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP request as the console's handlers see it: already read and decoded (query, form body, cookies), so
 * handlers are plain functions. Header names are case-insensitive.
 */
public record WebRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> form,
    TreeMap<String, String> headers,
    Map<String, String> cookies,
    byte[] body,
    String remoteAddress,
    boolean secure) {

  public String header(String name) {
    return headers.get(name);
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  public String queryParam(String name) {
    return first(query, name);
  }

  public String formParam(String name) {
    return first(form, name);
  }

  /** Whether the path was asked for with {@code ?lang=en}; Indonesian otherwise. */
  public boolean english() {
    return "en".equals(queryParam("lang")) || "en".equals(formParam("lang"));
  }

  private static String first(Map<String, List<String>> values, String name) {
    List<String> list = values.get(name);
    return list == null || list.isEmpty() ? null : list.get(0);
  }
}
