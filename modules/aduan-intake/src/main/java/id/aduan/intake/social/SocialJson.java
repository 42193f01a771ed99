package id.aduan.intake.social;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.aduan.intake.http.WebResponse;
import id.aduan.intake.problem.FieldError;
import id.aduan.intake.problem.Problem;
import id.aduan.intake.problem.ProblemException;
import id.aduan.intake.submit.EventTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** What both webhooks share: strict JSON reading and filing a payload's posts before answering. */
final class SocialJson {
  static final ObjectMapper JSON = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  static {
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
  }

  private SocialJson() {}

  static JsonNode read(String body) {
    try {
      JsonNode root = JSON.readTree(body);
      if (root == null || !root.isObject()) {
        throw new ProblemException(Problem.badRequest("Must be a JSON object"));
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new ProblemException(Problem.badRequest("Not valid JSON: " + e.getOriginalMessage()));
    }
  }

  static String text(JsonNode node, String field, String fallback) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : fallback;
  }

  /** A platform's epoch timestamp in seconds or milliseconds, any size; null when it is not a number. */
  static Instant epoch(JsonNode value, boolean millis) {
    if (value == null || !value.isNumber()) {
      return null;
    }
    return value.isFloatingPointNumber() && !value.isBigDecimal()
        ? EventTimes.ofEpoch(value.doubleValue(), millis) : EventTimes.ofEpoch(value.decimalValue(), millis);
  }

  static ProblemException invalid(String field, String detail) {
    return new ProblemException(Problem.invalidFields(List.of(new FieldError(field, detail))));
  }

  /**
   * Files every post; answers once all are stored, listing what became of each. A post that cannot be a
   * complaint (no text, a broken field) is reported as invalid while the others are filed: the partner
   * would only resend the whole batch, and it would be refused again. A failure to store any post answers
   * 503 so that the partner retries; the posts already stored are then recognised by their ids.
   */
  static CompletionStage<WebResponse> fileAll(SocialIntake social, List<SocialPost> posts) {
    List<CompletableFuture<SocialIntake.Result>> results = new ArrayList<>();
    for (SocialPost post : posts) {
      results.add(social.file(post));
    }
    CompletableFuture<?>[] settled = results.stream().map(f -> f.handle((r, t) -> null)).toArray(CompletableFuture[]::new);
    return CompletableFuture.allOf(settled).thenApply(done -> {
      List<Map<String, Object>> items = new ArrayList<>();
      for (int i = 0; i < results.size(); i++) {
        Map<String, Object> item = new LinkedHashMap<>();
        try {
          SocialIntake.Result r = results.get(i).join();
          item.put("postId", r.post().messageId());
          item.put("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT));
          if (r.accepted() != null) {
            item.put("complaintId", r.accepted().complaintId());
            item.put("trackingCode", r.accepted().trackingCode());
          }
        } catch (java.util.concurrent.CompletionException e) {
          if (!(e.getCause() instanceof ProblemException invalid)) {
            throw e;
          }
          item.put("postId", posts.get(i).messageId());
          item.put("outcome", "invalid");
          item.put("detail", invalid.getMessage());
        }
        items.add(item);
      }
      return WebResponse.json(200, Map.of("results", items));
    });
  }
}
