package id.aduan.intake.problem;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem: what went wrong, in terms a client can act on. {@code errors} names each bad field;
 * {@code retryAfterSeconds} becomes a Retry-After header (429, 503).
 */
public record Problem(
    int status, String type, String title, String detail, List<FieldError> errors, Integer retryAfterSeconds) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String INVALID_FIELDS = "urn:aduan:problem:invalid-fields";
  public static final String IDEMPOTENCY_KEY_REUSED = "urn:aduan:problem:idempotency-key-reused";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static Problem of(int status, String title, String detail) {
    return new Problem(status, "about:blank", title, detail, List.of(), null);
  }

  public static Problem invalidFields(List<FieldError> errors) {
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).detail()
            : errors.size() + " fields are invalid";
    return new Problem(400, INVALID_FIELDS, "Invalid request", detail, errors, null);
  }

  public static Problem badRequest(String detail) {
    return of(400, "Bad Request", detail);
  }

  public static Problem notFound(String detail) {
    return of(404, "Not Found", detail);
  }

  public static Problem tooLarge(long limit) {
    return of(413, "Content Too Large", "The body is larger than the limit of " + limit + " bytes");
  }

  public static Problem unsupportedMediaType(String got, List<String> accepted) {
    return of(
        415,
        "Unsupported Media Type",
        "Content-Type " + (got == null ? "(none)" : "'" + got + "'") + " is not accepted here; use " + String.join(" or ", accepted));
  }

  /** 422: an Idempotency-Key seen before came with another body; the key names the first request only. */
  public static Problem idempotencyKeyReused() {
    return new Problem(422, IDEMPOTENCY_KEY_REUSED, "Idempotency-Key reused",
        "This Idempotency-Key was already used for a request with a different body; send a new complaint with a new key",
        List.of(), null);
  }

  public static Problem tooManyRequests(int retryAfterSeconds) {
    return new Problem(
        429, "about:blank", "Too Many Requests",
        "Too many requests from this client; retry after " + retryAfterSeconds + " s", List.of(), retryAfterSeconds);
  }

  public static Problem unavailable(String detail) {
    return new Problem(503, "about:blank", "Service Unavailable", detail, List.of(), 5);
  }

  public Problem withStatusTitle(int newStatus, String newTitle) {
    return new Problem(newStatus, type, newTitle, detail, errors, retryAfterSeconds);
  }

  /** The JSON body's members, in RFC 9457's order. */
  public Map<String, Object> body() {
    var body = new java.util.LinkedHashMap<String, Object>();
    body.put("type", type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    if (!errors.isEmpty()) {
      body.put("errors", errors.stream().map(e -> Map.of("field", e.field(), "detail", e.detail())).toList());
    }
    return body;
  }
}
