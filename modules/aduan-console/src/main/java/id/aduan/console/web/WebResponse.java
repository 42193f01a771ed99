package id.aduan.console.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An HTTP answer: status, headers, cookies to set and body bytes. */
public record WebResponse(int status, Map<String, String> headers, List<String> setCookies, byte[] body) {
  static final ObjectMapper JSON = new ObjectMapper();

  public static WebResponse of(int status, String contentType, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", contentType);
    return new WebResponse(status, headers, new ArrayList<>(), body.getBytes(StandardCharsets.UTF_8));
  }

  public static WebResponse html(int status, String page) {
    return of(status, "text/html; charset=utf-8", page);
  }

  public static WebResponse json(int status, Object body) {
    try {
      return of(status, "application/json", JSON.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON answer", e);
    }
  }

  /** An RFC 9457 problem, the same shape the other roles answer with. */
  public static WebResponse problem(int status, String title, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    WebResponse response = json(status, body);
    response.headers().put("Content-Type", "application/problem+json");
    return response;
  }

  /** 303 See Other: after a form POST the browser asks for the page with GET. */
  public static WebResponse redirect(String location) {
    WebResponse response = new WebResponse(303, new LinkedHashMap<>(), new ArrayList<>(), new byte[0]);
    response.headers().put("Location", location);
    return response;
  }

  public WebResponse withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public WebResponse withCookie(String setCookie) {
    setCookies.add(setCookie);
    return this;
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
