package id.aduan.intake.api;

import id.aduan.intake.category.CategoryCatalog;
import id.aduan.intake.http.FormDecoder;
import id.aduan.intake.http.MediaTypes;
import id.aduan.intake.http.Router;
import id.aduan.intake.http.WebRequest;
import id.aduan.intake.http.WebResponse;
import id.aduan.intake.idempotency.LedgerEntry;
import id.aduan.intake.ids.ComplaintIds;
import id.aduan.intake.ids.TrackingCodes;
import id.aduan.intake.problem.Problem;
import id.aduan.intake.problem.ProblemException;
import id.aduan.intake.status.CaseView;
import id.aduan.intake.status.StatusSource;
import id.aduan.intake.submit.Accepted;
import id.aduan.intake.submit.Checks;
import id.aduan.intake.submit.ComplaintIntake;
import id.aduan.intake.survey.SurveyIntake;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The JSON API: {@code POST /api/v1/complaints} answers 202 with the complaint id and tracking code once
 * the broker has the complaint; {@code GET /api/v1/complaints/{trackingCode}} gives its status, the unit's
 * name, public notes, deadlines, history and whether the survey is open, and never the reporter. The
 * OpenAPI document describing both is at {@code /openapi.json}.
 */
public final class ComplaintApi {
  public static final String BASE = "/api/v1/complaints";
  private static final String ADAPTER_ID = "web-api";

  private final ComplaintIntake intake;
  private final ComplaintJsonParser parser;
  private final StatusSource statuses;
  private final SurveyIntake surveys;
  private final byte[] openApi;

  public ComplaintApi(ComplaintIntake intake, CategoryCatalog categories, StatusSource statuses, SurveyIntake surveys) {
    this.intake = intake;
    this.parser = new ComplaintJsonParser(categories);
    this.statuses = statuses;
    this.surveys = surveys;
    try (InputStream in = ComplaintApi.class.getResourceAsStream("/id/aduan/intake/api/openapi.json")) {
      this.openApi = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void routes(Router router) {
    router.post(BASE, (req, p) -> submit(req));
    router.get(BASE + "/{code}", (req, p) -> CompletableFuture.completedFuture(status(p.get("code"))));
    router.get("/openapi.json", (req, p) -> CompletableFuture.completedFuture(openApi()));
  }

  CompletionStage<WebResponse> submit(WebRequest request) {
    MediaTypes.require(request, MediaTypes.JSON);
    String key = Checks.idempotencyKey(request.header("Idempotency-Key"));
    String body = FormDecoder.text(request.body(), request.charset());
    return intake.submit(parser.parse(body, key, ADAPTER_ID), request.body()).thenApply(ComplaintApi::accepted);
  }

  static WebResponse accepted(Accepted a) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("complaintId", a.complaintId());
    body.put("trackingCode", a.trackingCode());
    body.put("status", "received");
    body.put("receivedAt", a.receivedAt().toString());
    body.put("statusUrl", BASE + "/" + a.trackingCode());
    WebResponse response = WebResponse.json(202, body).withHeader("Location", BASE + "/" + a.trackingCode());
    if (a.repeated()) {
      response.withHeader("Idempotent-Replayed", "true");
    }
    return response;
  }

  WebResponse status(String code) {
    Optional<LedgerEntry> entry = find(code);
    if (entry.isEmpty()) {
      throw new ProblemException(Problem.notFound("No complaint with tracking code '" + Checks.abbreviate(code) + "'"));
    }
    LedgerEntry e = entry.get();
    CaseView view = statuses.viewOf(e);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("complaintId", e.complaintId());
    body.put("trackingCode", e.trackingCode());
    body.put("status", view.status().wireName());
    body.put("receivedAt", Instant.ofEpochMilli(e.receivedAt()).toString());
    body.put("channel", e.channel().toLowerCase(java.util.Locale.ROOT));
    if (e.serviceCode() != null) {
      body.put("serviceCode", e.serviceCode());
    }
    body.put("confidential", view.confidential());
    body.put("updatedAt", view.updatedAt().toString());
    putIfPresent(body, "unitName", view.unitName());
    putIfPresent(body, "note", view.note());
    putIfPresent(body, "firstResponseDue", view.firstResponseDue());
    putIfPresent(body, "resolutionDue", view.resolutionDue());
    body.put("history", view.history().stream().map(step -> {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("status", step.status().wireName());
      s.put("at", step.at().toString());
      putIfPresent(s, "note", step.note());
      return s;
    }).toList());
    Map<String, Object> survey = new LinkedHashMap<>();
    survey.put("open", surveys.open(e));
    survey.put("answered", surveys.answered(e));
    survey.put("url", BASE + "/" + e.trackingCode() + "/survey");
    body.put("survey", survey);
    return WebResponse.json(200, body).withHeader("Cache-Control", "no-store");
  }

  private static void putIfPresent(Map<String, Object> body, String name, Object value) {
    if (value != null) {
      body.put(name, value.toString());
    }
  }

  /** A complaint by tracking code (as typed, forgiving O/0 and I/1) or by complaint id. */
  public Optional<LedgerEntry> find(String code) {
    if (ComplaintIds.looksLikeId(code)) {
      return intake.ledger().byComplaintId(code);
    }
    return intake.ledger().byTrackingCode(TrackingCodes.normalise(code));
  }

  private WebResponse openApi() {
    return new WebResponse(200, new LinkedHashMap<>(Map.of("Content-Type", "application/json")), openApi.clone());
  }
}
