package id.aduan.console;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser without JavaScript, as far as the console needs one: keeps cookies, does not follow redirects
 * (tests look at them), reads the CSRF token from the page's forms.
 */
public final class Browser {
  private final String base;
  private final HttpClient http;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public Browser(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  public HttpResponse<String> post(String path, Map<String, String> form) {
    List<String> pairs = new ArrayList<>();
    form.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
  }

  /** Posts the form with the page's CSRF token added. */
  public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("csrf", csrf(pagePath));
    return post(action, form);
  }

  /** Signs in; returns the answer to the sign-in POST. */
  public HttpResponse<String> signIn(String username, String password) {
    return submit("/masuk", "/masuk", Map.of("username", username, "password", password));
  }

  public String csrf(String pagePath) {
    HttpResponse<String> page = get(pagePath);
    return Jsoup.parse(page.body()).select("input[name=csrf]").attr("value");
  }

  public Document page(String path) {
    return Jsoup.parse(get(path).body());
  }

  /** Sends with the cookies kept so far and keeps the ones the answer sets (Max-Age=0 removes one). */
  public synchronized HttpResponse<String> send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      List<String> pairs = new ArrayList<>();
      cookies.forEach((k, v) -> pairs.add(k + "=" + v));
      request.header("Cookie", String.join("; ", pairs));
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (String setCookie : response.headers().allValues("Set-Cookie")) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (setCookie.contains("Max-Age=0")) {
          cookies.remove(pair.substring(0, eq));
        } else {
          cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
      return response;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String base() {
    return base;
  }
}
