package id.aduan.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.aduan.console.act.CaseActions;
import id.aduan.console.act.CasePublisher.PublishException;
import id.aduan.console.act.Refused;
import id.aduan.console.act.UnitAction;
import id.aduan.console.auth.Principal;
import id.aduan.console.auth.UserDirectory;
import id.aduan.console.read.CaseBook;
import id.aduan.console.read.Inbox;
import id.aduan.console.web.Router;
import id.aduan.console.web.WebHandler;
import id.aduan.console.web.WebRequest;
import id.aduan.console.web.WebResponse;
import id.aduan.event.CaseState;
import id.aduan.event.StatusChange;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON API for a unit's own systems, authenticated by the unit's API key ({@code Authorization: Bearer
 * <key>}); no cookies, hence no CSRF. The same access rules and checks as the pages: a key sees and
 * changes only its unit's cases.
 *
 * <pre>
 * GET  /api/v1/cases[?status=&amp;category=&amp;q=]  the unit's cases, overdue first
 * GET  /api/v1/cases/{id}                     one case
 * POST /api/v1/cases/{id}/updates             {"action": "acknowledge|in-progress|resolve|reject|transfer",
 *                                              "note": …, "internalNote": …, "targetUnitId": …} → 202 {"updateId": …}
 * </pre>
 */
public final class CasesApi {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final UserDirectory users;
  private final CaseBook book;
  private final CaseActions actions;
  private final Clock clock;

  public CasesApi(UserDirectory users, CaseBook book, CaseActions actions, Clock clock) {
    this.users = users;
    this.book = book;
    this.actions = actions;
    this.clock = clock;
  }

  @FunctionalInterface
  private interface ClientHandler {
    WebResponse handle(WebRequest request, Map<String, String> params, Principal client);
  }

  public void addTo(Router router) {
    router.get("/api/v1/cases", authenticated(this::list));
    router.get("/api/v1/cases/{id}", authenticated(this::one));
    router.post("/api/v1/cases/{id}/updates", authenticated(this::update));
  }

  private WebHandler authenticated(ClientHandler handler) {
    return (request, params) -> {
      String auth = request.header("Authorization");
      Optional<Principal> client = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)
          ? users.apiClient(auth.substring(7)) : Optional.empty();
      if (client.isEmpty()) {
        return WebResponse.problem(401, "Unauthorized", "An API key is needed: Authorization: Bearer <key>")
            .withHeader("WWW-Authenticate", "Bearer");
      }
      return handler.handle(request, params, client.get());
    };
  }

  private WebResponse list(WebRequest r, Map<String, String> p, Principal who) {
    Instant now = clock.instant();
    Inbox.Filter filter = Inbox.Filter.of(r.queryParam("status"), r.queryParam("category"), r.queryParam("q"));
    List<Map<String, Object>> cases = new ArrayList<>();
    for (CaseState s : Inbox.list(who, book.visibleCases(who), filter, now)) {
      cases.add(summary(s, now));
    }
    return WebResponse.json(200, Map.of("cases", cases));
  }

  private WebResponse one(WebRequest r, Map<String, String> p, Principal who) {
    return book.visibleCase(who, p.get("id"))
        .map(s -> WebResponse.json(200, detail(who, s, clock.instant())))
        .orElseGet(() -> WebResponse.problem(404, "Not Found", "No case " + p.get("id") + " for you"));
  }

  private WebResponse update(WebRequest r, Map<String, String> p, Principal who) {
    JsonNode body;
    try {
      body = JSON.readTree(r.body());
    } catch (IOException e) {
      return WebResponse.problem(400, "Bad Request", "The body must be a JSON object");
    }
    if (body == null || !body.isObject()) {
      return WebResponse.problem(400, "Bad Request", "The body must be a JSON object");
    }
    Optional<UnitAction> action = UnitAction.fromForm(body.path("action").asText(""));
    if (action.isEmpty()) {
      return WebResponse.problem(400, "Bad Request", "action must be one of acknowledge, in-progress, resolve, reject, transfer");
    }
    try {
      String updateId = actions.act(who, p.get("id"), action.get(), text(body, "note"), text(body, "internalNote"),
          text(body, "targetUnitId"));
      return WebResponse.json(202, Map.of("updateId", updateId));
    } catch (Refused refused) {
      return WebResponse.problem(refused.status(), refused.status() == 404 ? "Not Found" : "Refused", refused.getMessage());
    } catch (PublishException unavailable) {
      return WebResponse.problem(503, "Service Unavailable", unavailable.getMessage());
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Map<String, Object> summary(CaseState s, Instant now) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("complaintId", s.getComplaintId());
    m.put("status", s.getStatus().name());
    m.put("unitId", s.getUnitId());
    m.put("category", s.getCategory());
    m.put("urgency", s.getUrgency().name());
    m.put("title", s.getMaskedTitle());
    m.put("receivedAt", s.getReceivedAt().toString());
    Instant due = Inbox.nextDue(s);
    m.put("nextDue", due == null ? null : due.toString());
    m.put("overdue", Inbox.overdue(s, now));
    return m;
  }

  private static Map<String, Object> detail(Principal who, CaseState s, Instant now) {
    Map<String, Object> m = summary(s, now);
    m.put("confidential", s.getConfidential());
    m.put("text", CaseBook.textVisible(who, s) ? s.getMaskedText() : null);
    m.put("address", s.getMaskedAddress());
    m.put("duplicateOf", s.getDuplicateOf());
    m.put("firstResponseDue", s.getFirstResponseDue() == null ? null : s.getFirstResponseDue().toString());
    m.put("resolutionDue", s.getResolutionDue() == null ? null : s.getResolutionDue().toString());
    List<Map<String, Object>> history = new ArrayList<>();
    for (StatusChange c : s.getHistory()) {
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("status", c.getStatus().name());
      h.put("at", c.getAt().toString());
      h.put("unitId", c.getUnitId());
      h.put("actor", c.getActor());
      h.put("note", c.getNote());
      h.put("updateId", c.getUpdateId());
      history.add(h);
    }
    m.put("history", history);
    return m;
  }
}
