package id.aduan.intake.open311;

import id.aduan.event.Attachment;
import id.aduan.event.Channel;
import id.aduan.event.Location;
import id.aduan.intake.category.Category;
import id.aduan.intake.category.CategoryCatalog;
import id.aduan.intake.http.FormDecoder;
import id.aduan.intake.http.Router;
import id.aduan.intake.http.WebRequest;
import id.aduan.intake.http.WebResponse;
import id.aduan.intake.idempotency.LedgerEntry;
import id.aduan.intake.ids.TrackingCodes;
import id.aduan.intake.problem.FieldError;
import id.aduan.intake.problem.ProblemException;
import id.aduan.intake.status.CaseView;
import id.aduan.intake.status.StatusSource;
import id.aduan.intake.submit.Accepted;
import id.aduan.intake.submit.Checks;
import id.aduan.intake.submit.ComplaintIntake;
import id.aduan.intake.submit.IntakeUnavailableException;
import id.aduan.intake.submit.ReporterInput;
import id.aduan.intake.submit.Submission;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * Open311 GeoReport v2: services from the category configuration, service requests filed as complaints
 * and listed from intake's ledger, tokens, the discovery document, and the spec's error format. Listings
 * never carry the citizen's text or contact (both may hold personal data); confidential complaints show no
 * address.
 */
public final class Open311Api {
  public static final String BASE = "/open311/v2";
  public static final String SPEC = "http://wiki.open311.org/GeoReport_v2";
  private static final int MAX_DESCRIPTION = 4000;
  private static final int MAX_RESULTS = 1000;
  private static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final ComplaintIntake intake;
  private final CategoryCatalog categories;
  private final StatusSource statuses;
  private final Set<String> apiKeys;
  private final String publicBaseUrl;

  public Open311Api(
      ComplaintIntake intake, CategoryCatalog categories, StatusSource statuses, Set<String> apiKeys, String publicBaseUrl) {
    this.intake = intake;
    this.categories = categories;
    this.statuses = statuses;
    this.apiKeys = apiKeys;
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  public void routes(Router router) {
    router.get(BASE + "/**", (req, p) -> answer(req, p.get("**"), false));
    router.post(BASE + "/**", (req, p) -> answer(req, p.get("**"), true));
    router.get("/open311/{discovery}", (req, p) -> answer(req, p.get("discovery"), false));
  }

  private CompletionStage<WebResponse> answer(WebRequest request, String resource, boolean post) {
    int dot = resource.lastIndexOf('.');
    Open311Format format = dot < 0 ? null : Open311Format.fromExtension(resource.substring(dot + 1));
    if (format == null) {
      return done(error(Open311Format.XML, 404, "Unknown resource or format: use .xml or .json"));
    }
    String path = resource.substring(0, dot);
    boolean discovery = path.equals("discovery") && !resource.contains("/");
    try {
      checkJurisdiction(request);
      CompletionStage<WebResponse> answer = route(request, format, path, post, discovery);
      return answer.exceptionally(failure -> failure(format, failure));
    } catch (RuntimeException e) {
      return done(failure(format, e));
    }
  }

  private CompletionStage<WebResponse> route(
      WebRequest request, Open311Format format, String path, boolean post, boolean discoveryDocument) {
    String[] parts = path.split("/", -1);
    if (discoveryDocument) {
      return post ? methodNotAllowed(format) : done(discovery(format));
    }
    if (parts.length == 1 && parts[0].equals("services")) {
      return post ? methodNotAllowed(format) : done(services(format));
    }
    if (parts.length == 2 && parts[0].equals("services")) {
      return post ? methodNotAllowed(format) : done(serviceDefinition(format, parts[1]));
    }
    if (parts.length == 1 && parts[0].equals("requests")) {
      return post ? create(request, format) : done(requests(request, format));
    }
    if (parts.length == 2 && parts[0].equals("requests")) {
      return post ? methodNotAllowed(format) : done(request(format, parts[1]));
    }
    if (parts.length == 2 && parts[0].equals("tokens")) {
      return post ? methodNotAllowed(format) : done(token(format, parts[1]));
    }
    return done(error(format, 404, "No Open311 resource " + Checks.abbreviate(path)));
  }

  private WebResponse services(Open311Format format) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Category c : categories.all()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("service_code", c.code());
      s.put("service_name", c.name());
      s.put("description", c.description());
      s.put("metadata", false);
      s.put("type", "realtime");
      s.put("keywords", String.join(",", c.keywords()));
      s.put("group", c.group());
      items.add(s);
    }
    return format.list(200, "services", "service", items);
  }

  private WebResponse serviceDefinition(Open311Format format, String code) {
    Category category = categories.find(code).orElseThrow(() -> new Open311Error(404, "service_code " + Checks.abbreviate(code) + " not found"));
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("service_code", category.code());
    definition.put("attributes", new Open311Format.Nested("attribute", List.of()));
    return format.object(200, "service_definition", definition);
  }

  private CompletionStage<WebResponse> create(WebRequest request, Open311Format format) {
    String mediaType = request.mediaType();
    if (!"application/x-www-form-urlencoded".equals(mediaType)) {
      return done(error(format, 415, "POST requests as application/x-www-form-urlencoded"));
    }
    Map<String, List<String>> form = FormDecoder.form(request);
    String apiKey = first(form, "api_key");
    if (!apiKeys.isEmpty() && (apiKey == null || !apiKeys.contains(apiKey))) {
      throw new Open311Error(403, "Invalid api_key received -- can't proceed with create_request.");
    }
    Submission submission = submission(form, Checks.idempotencyKey(request.header("Idempotency-Key")));
    return intake.submit(submission, request.body()).thenApply(a -> created(format, a));
  }

  private Submission submission(Map<String, List<String>> form, String idempotencyKey) {
    Checks checks = new Checks();
    String serviceCode = first(form, "service_code");
    Category category = null;
    if (serviceCode == null || serviceCode.isBlank()) {
      checks.error("service_code", "is required");
    } else {
      category = categories.find(serviceCode).orElse(null);
      if (category == null) {
        checks.error("service_code", "'" + Checks.abbreviate(serviceCode) + "' is not a known service_code");
      }
    }
    Double lat = checks.latitude("lat", checks.number("lat", first(form, "lat")));
    Double lon = checks.longitude("long", checks.number("long", first(form, "long")));
    String address = checks.optionalText("address_string", first(form, "address_string"), Checks.MAX_ADDRESS);
    String addressId = checks.optionalText("address_id", first(form, "address_id"), Checks.MAX_SHORT);
    boolean hasPoint = lat != null && lon != null;
    if ((lat == null) != (lon == null) && !hasField(checks, "lat", "long")) {
      checks.error(lat == null ? "lat" : "long", "lat and long must be given together");
    }
    if (!hasPoint && address == null && addressId == null && !hasField(checks, "lat", "long", "address_string", "address_id")) {
      checks.error("lat", "a location is required: lat and long, address_string or address_id");
    }
    String description = checks.optionalText("description", first(form, "description"), MAX_DESCRIPTION);
    String email = checks.optionalText("email", first(form, "email"), Checks.MAX_SHORT);
    String phone = checks.optionalText("phone", first(form, "phone"), Checks.MAX_SHORT);
    String firstName = checks.optionalText("first_name", first(form, "first_name"), 100);
    String lastName = checks.optionalText("last_name", first(form, "last_name"), 100);
    String deviceId = checks.optionalText("device_id", first(form, "device_id"), Checks.MAX_SHORT);
    String accountId = checks.optionalText("account_id", first(form, "account_id"), Checks.MAX_SHORT);
    String mediaUrl = checks.url("media_url", checks.optionalText("media_url", first(form, "media_url"), Checks.MAX_URL));
    Map<String, String> attributes = new LinkedHashMap<>();
    form.forEach((name, values) -> {
      if (name.startsWith("attribute[") && name.endsWith("]") && name.length() > 11 && name.length() <= 110) {
        String value = checks.optionalText(name, String.join(",", values), 1000);
        if (value != null) {
          attributes.put(name.substring(10, name.length() - 1), value);
        }
      }
    });
    if (deviceId != null) {
      attributes.put("open311.device_id", deviceId);
    }
    if (accountId != null) {
      attributes.put("open311.account_id", accountId);
    }
    if (addressId != null) {
      attributes.put("open311.address_id", addressId);
    }
    checks.throwIfAny();
    String name = firstName == null && lastName == null ? null
        : ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    String text = description != null ? description : category.name();
    Location location = hasPoint || address != null ? Location.newBuilder().setLat(lat).setLon(lon).setAddress(address).build() : null;
    List<Attachment> attachments = mediaUrl == null ? List.of() : List.of(Attachment.newBuilder().setUrl(mediaUrl).build());
    return new Submission(
        Channel.OPEN311, idempotencyKey, "open311-api", null, null, text, null, category.code(), attributes,
        new ReporterInput(name, email != null ? email : phone, null, false, false), location, attachments, null);
  }

  private WebResponse created(Open311Format format, Accepted a) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("service_request_id", a.complaintId());
    item.put("service_notice", "Kode pelacakan / tracking code: " + a.trackingCode());
    item.put("account_id", null);
    return format.list(201, "service_requests", "request", List.of(item));
  }

  private WebResponse requests(WebRequest request, Open311Format format) {
    Set<String> ids = csv(request.queryParam("service_request_id"));
    Set<String> codes = csv(request.queryParam("service_code"));
    Set<String> states = csv(request.queryParam("status"));
    for (String s : states) {
      if (!s.equals("open") && !s.equals("closed")) {
        throw new Open311Error(400, "status must be open, closed or both, comma-separated");
      }
    }
    Instant end = date(request.queryParam("end_date"), "end_date");
    Instant start = date(request.queryParam("start_date"), "start_date");
    if (ids.isEmpty() && start == null) {
      start = (end == null ? Instant.now() : end).minus(DEFAULT_WINDOW);
    }
    List<Map<String, Object>> items = new ArrayList<>();
    List<LedgerEntry> all = new ArrayList<>(intake.ledger().all());
    for (int i = all.size() - 1; i >= 0 && items.size() < MAX_RESULTS; i--) {
      LedgerEntry e = all.get(i);
      Instant at = Instant.ofEpochMilli(e.receivedAt());
      if ((ids.isEmpty() || ids.contains(e.complaintId()))
          && (codes.isEmpty() || codes.contains(e.serviceCode()))
          && (states.isEmpty() || states.contains(statuses.viewOf(e).status().open311()))
          && (start == null || !at.isBefore(start))
          && (end == null || !at.isAfter(end))) {
        items.add(describe(e));
      }
    }
    return format.list(200, "service_requests", "request", items);
  }

  private WebResponse request(Open311Format format, String id) {
    LedgerEntry entry = intake.ledger().byComplaintId(id)
        .orElseThrow(() -> new Open311Error(404, "service_request_id " + Checks.abbreviate(id) + " not found"));
    return format.list(200, "service_requests", "request", List.of(describe(entry)));
  }

  private WebResponse token(Open311Format format, String token) {
    LedgerEntry entry = intake.ledger().byTrackingCode(TrackingCodes.normalise(token))
        .orElseThrow(() -> new Open311Error(404, "token " + Checks.abbreviate(token) + " not found"));
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("service_request_id", entry.complaintId());
    item.put("token", entry.trackingCode());
    return format.list(200, "service_requests", "request", List.of(item));
  }

  private Map<String, Object> describe(LedgerEntry e) {
    String time = DATE.format(OffsetDateTime.ofInstant(Instant.ofEpochMilli(e.receivedAt()), ZoneOffset.UTC));
    Optional<Category> category = categories.find(e.serviceCode());
    CaseView view = statuses.viewOf(e);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("service_request_id", e.complaintId());
    r.put("status", view.status().open311());
    r.put("status_notes", view.note());
    r.put("service_name", category.map(Category::name).orElse(null));
    r.put("service_code", e.serviceCode());
    r.put("description", null);
    r.put("agency_responsible", view.unitName());
    r.put("service_notice", null);
    r.put("requested_datetime", time);
    r.put("updated_datetime", utc(view.updatedAt()));
    r.put("expected_datetime", utc(view.resolutionDue()));
    r.put("address", e.confidential() ? null : e.address());
    r.put("address_id", null);
    r.put("zipcode", null);
    r.put("lat", e.confidential() ? null : e.lat());
    r.put("long", e.confidential() ? null : e.lon());
    r.put("media_url", null);
    return r;
  }

  private static String utc(Instant at) {
    return at == null ? null : DATE.format(OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
  }

  private WebResponse discovery(Open311Format format) {
    Map<String, Object> endpoint = new LinkedHashMap<>();
    endpoint.put("specification", SPEC);
    endpoint.put("url", publicBaseUrl + BASE);
    endpoint.put("changeset", "2026-01-01T00:00:00Z");
    endpoint.put("type", "production");
    endpoint.put("formats", new Open311Format.Nested("format", List.of("text/xml", "application/json")));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("changeset", "2026-01-01T00:00:00Z");
    doc.put("contact", "Aduan intake, " + publicBaseUrl);
    doc.put("key_service", "API keys are issued by the agency operating this server.");
    doc.put("endpoints", new Open311Format.Nested("endpoint", List.of(endpoint)));
    return format.object(200, "discovery", doc);
  }

  private void checkJurisdiction(WebRequest request) {
    String given = request.queryParam("jurisdiction_id");
    if (given == null && "POST".equals(request.method()) && "application/x-www-form-urlencoded".equals(request.mediaType())) {
      given = first(FormDecoder.form(request), "jurisdiction_id");
    }
    String ours = categories.jurisdictionId();
    if (given != null && !given.isBlank() && ours != null && !ours.equals(given)) {
      throw new Open311Error(404, "jurisdiction_id " + Checks.abbreviate(given) + " not found");
    }
  }

  private static WebResponse failure(Open311Format format, Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    if (cause instanceof Open311Error e) {
      return error(format, e.code(), e.getMessage());
    }
    if (cause instanceof ProblemException p) {
      List<FieldError> errors = p.problem().errors();
      if (errors.isEmpty()) {
        return error(format, p.problem().status(), p.problem().detail());
      }
      List<Map<String, Object>> items = new ArrayList<>();
      errors.forEach(e -> items.add(errorItem(p.problem().status(), e.field() + ": " + e.detail())));
      return format.list(p.problem().status(), "errors", "error", items);
    }
    if (cause instanceof IntakeUnavailableException u) {
      return error(format, 503, u.getMessage()).withHeader("Retry-After", "5");
    }
    throw cause instanceof RuntimeException r ? r : new CompletionException(cause);
  }

  static WebResponse error(Open311Format format, int code, String description) {
    return format.list(code, "errors", "error", List.of(errorItem(code, description)));
  }

  private static Map<String, Object> errorItem(int code, String description) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("code", code);
    e.put("description", description);
    return e;
  }

  private static CompletionStage<WebResponse> methodNotAllowed(Open311Format format) {
    return done(error(format, 405, "Method not allowed on this resource").withHeader("Allow", "GET"));
  }

  private static boolean hasField(Checks checks, String... fields) {
    Set<String> names = Set.of(fields);
    return checks.errors().stream().anyMatch(e -> names.contains(e.field()));
  }

  private static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static Set<String> csv(String value) {
    if (value == null || value.isBlank()) {
      return Set.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }

  private static Instant date(String value, String name) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value.strip(), DATE).toInstant();
    } catch (DateTimeParseException e) {
      throw new Open311Error(400, name + " must be an ISO 8601 date-time with a time zone, e.g. 2026-01-05T08:15:30+07:00");
    }
  }

  private static CompletionStage<WebResponse> done(WebResponse response) {
    return CompletableFuture.completedFuture(response);
  }
}
