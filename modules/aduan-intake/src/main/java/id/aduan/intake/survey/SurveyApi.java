package id.aduan.intake.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.event.Channel;
import id.aduan.intake.api.ComplaintApi;
import id.aduan.intake.api.ComplaintJsonParser;
import id.aduan.intake.http.FormDecoder;
import id.aduan.intake.http.MediaTypes;
import id.aduan.intake.http.Router;
import id.aduan.intake.http.WebRequest;
import id.aduan.intake.http.WebResponse;
import id.aduan.intake.idempotency.LedgerEntry;
import id.aduan.intake.problem.Problem;
import id.aduan.intake.problem.ProblemException;
import id.aduan.intake.submit.Checks;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * {@code POST /api/v1/complaints/{trackingCode}/survey}: the SKM answer as JSON,
 * {@code {"scores": {"persyaratan": 4, …, "sarana": 3}, "comment": "…"}}, answered 201 with the response id
 * once the broker has it; 409 before the case is resolved or after it was rated, 400 naming each bad score.
 */
public final class SurveyApi {
  private final ComplaintApi complaints;
  private final SurveyIntake surveys;

  public SurveyApi(ComplaintApi complaints, SurveyIntake surveys) {
    this.complaints = complaints;
    this.surveys = surveys;
  }

  public void routes(Router router) {
    router.post(ComplaintApi.BASE + "/{code}/survey", (req, p) -> submit(req, p.get("code")));
  }

  CompletionStage<WebResponse> submit(WebRequest request, String code) {
    MediaTypes.require(request, MediaTypes.JSON);
    String key = Checks.idempotencyKey(request.header("Idempotency-Key"));
    LedgerEntry entry = complaints.find(code)
        .orElseThrow(() -> new ProblemException(Problem.notFound("No complaint with tracking code '" + Checks.abbreviate(code) + "'")));
    JsonNode root;
    try {
      root = ComplaintJsonParser.JSON.readTree(FormDecoder.text(request.body(), request.charset()));
    } catch (JsonProcessingException e) {
      throw new ProblemException(Problem.badRequest("The body is not valid JSON: " + e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new ProblemException(Problem.badRequest("The body must be a JSON object"));
    }
    Checks checks = new Checks();
    JsonNode scores = root.get("scores");
    List<Integer> values = List.of();
    if (scores == null || !scores.isObject()) {
      checks.error("scores", "is required: an object with the nine elements " + fieldNames() + ", each 1-4");
    } else {
      values = SurveyIntake.scores(checks, element -> text(scores.get(element.field())));
    }
    JsonNode comment = root.get("comment");
    String text = null;
    if (comment != null && !comment.isNull() && !comment.isTextual()) {
      checks.error("comment", "must be a string");
    } else if (comment != null && !comment.isNull()) {
      text = SurveyIntake.comment(checks, "comment", comment.asText());
    }
    checks.throwIfAny();
    return surveys.submit(entry, new SurveyAnswer(values, text, Channel.WEB, key == null ? null : "api:" + key))
        .thenApply(receipt -> {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("responseId", receipt.responseId());
          body.put("complaintId", receipt.complaintId());
          body.put("trackingCode", entry.trackingCode());
          body.put("status", "recorded");
          WebResponse response = WebResponse.json(201, body);
          return receipt.repeated() ? response.withHeader("Idempotent-Replayed", "true") : response;
        });
  }

  /** A score as text: integers as they are, anything else as a value the check refuses. */
  private static String text(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    return node.isIntegralNumber() ? node.asText() : "not a whole number";
  }

  private static String fieldNames() {
    return String.join(", ", Arrays.stream(SkmElement.values()).map(SkmElement::field).toList());
  }
}
