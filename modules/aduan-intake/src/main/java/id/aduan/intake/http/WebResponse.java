package id.aduan.intake.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.aduan.intake.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP answer: status, headers and body bytes. */
public record WebResponse(int status, Map<String, String> headers, byte[] body) {
  public static final ObjectMapper JSON =
      new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  public static WebResponse of(int status, String contentType, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", contentType);
    return new WebResponse(status, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  public static WebResponse json(int status, Object body) {
    try {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", "application/json");
      return new WebResponse(status, headers, JSON.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON answer", e);
    }
  }

  public static WebResponse problem(Problem problem) {
    WebResponse response = json(problem.status(), problem.body());
    response.headers().put("Content-Type", Problem.MEDIA_TYPE);
    if (problem.retryAfterSeconds() != null) {
      response.headers().put("Retry-After", Integer.toString(problem.retryAfterSeconds()));
    }
    return response;
  }

  public static WebResponse empty(int status) {
    return new WebResponse(status, new LinkedHashMap<>(), new byte[0]);
  }

  public WebResponse withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
