package id.aduan.intake.form;

import id.aduan.event.Channel;
import id.aduan.intake.api.ComplaintApi;
import id.aduan.intake.http.FormDecoder;
import id.aduan.intake.http.Router;
import id.aduan.intake.http.WebRequest;
import id.aduan.intake.http.WebResponse;
import id.aduan.intake.idempotency.LedgerEntry;
import id.aduan.intake.ids.TrackingCodes;
import id.aduan.intake.problem.FieldError;
import id.aduan.intake.problem.ProblemException;
import id.aduan.intake.status.CaseReopen;
import id.aduan.intake.status.CaseView;
import id.aduan.intake.status.StatusSource;
import id.aduan.intake.submit.Checks;
import id.aduan.intake.submit.IntakeUnavailableException;
import id.aduan.intake.survey.SkmElement;
import id.aduan.intake.survey.SurveyAnswer;
import id.aduan.intake.survey.SurveyIntake;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * The tracking page ({@code /lacak}, {@code /lacak/{code}}): the case's status, the unit handling it, public
 * notes, deadlines in Jakarta time and the history; for a confidential complaint the status and times only.
 * Once the case is resolved or closed it carries the SKM survey form, sent to {@code /lacak/{code}/survei};
 * while it is resolved, also the form to reopen it ("masalah belum selesai", {@code /lacak/{code}/buka-kembali}).
 * Plain HTML without JavaScript, Indonesian by default and English with {@code lang=en}.
 *
 * <p>Both forms are protected as the complaint form is: a one-time token makes a resend (double click,
 * reload) count once; in addition a post whose {@code Origin} names another site, or that the
 * browser marks {@code Sec-Fetch-Site: cross-site}, is refused, so another site cannot rate or reopen for the citizen.
 */
final class TrackingPage {
  static final DateTimeFormatter TIME_ID =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z", Locale.forLanguageTag("id")).withZone(ZoneId.of("Asia/Jakarta"));
  static final DateTimeFormatter TIME_EN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm z", Locale.ENGLISH).withZone(ZoneId.of("Asia/Jakarta"));

  /** What the page says after a post, besides the forms: a message key, and whether it is an error. */
  private enum Notice {
    NONE(null, false),
    THANKS("survey.thanks", false),
    ANSWERED("survey.answered", false),
    NOT_OPEN("survey.notopen", true),
    REOPENED("reopen.done", false),
    NOT_REOPENABLE("reopen.refused", true),
    UNAVAILABLE("unavailable.action", true);

    final String key;
    final boolean error;

    Notice(String key, boolean error) {
      this.key = key;
      this.error = error;
    }
  }

  /** What a post to the page does once its form was read: the answer, or a failure to explain. */
  @FunctionalInterface
  private interface FormAction {
    CompletionStage<WebResponse> apply(String language, LedgerEntry entry, Map<String, List<String>> form);
  }

  private final ComplaintApi api;
  private final StatusSource statuses;
  private final SurveyIntake surveys;
  private final CaseReopen reopen;

  TrackingPage(ComplaintApi api, StatusSource statuses, SurveyIntake surveys, CaseReopen reopen) {
    this.api = api;
    this.statuses = statuses;
    this.surveys = surveys;
    this.reopen = reopen;
  }

  void routes(Router router) {
    router.get("/lacak", (req, p) -> done(query(req)));
    router.get("/lacak/{code}", (req, p) -> done(track(req, p.get("code"))));
    router.post("/lacak/{code}/survei", (req, p) -> post(req, p.get("code"), this::survey));
    router.post("/lacak/{code}/buka-kembali", (req, p) -> post(req, p.get("code"), this::reopen));
  }

  private WebResponse query(WebRequest request) {
    String language = Messages.language(request.queryParam("lang"));
    String code = request.queryParam("kode");
    if (code == null || code.isBlank()) {
      return page(language, null, 200, b -> { });
    }
    String normal = TrackingCodes.normalise(code);
    if (normal == null) {
      return notFound(language);
    }
    return CitizenForm.redirect("/lacak/" + URLEncoder.encode(normal, StandardCharsets.UTF_8) + CitizenForm.langQuery(language));
  }

  private WebResponse track(WebRequest request, String code) {
    String language = Messages.language(request.queryParam("lang"));
    Optional<LedgerEntry> entry = api.find(code);
    if (entry.isEmpty()) {
      return notFound(language);
    }
    boolean justSent = "1".equals(request.queryParam("baru"));
    Notice notice = "terima".equals(request.queryParam("survei")) ? Notice.THANKS
        : "1".equals(request.queryParam("dibuka")) ? Notice.REOPENED : Notice.NONE;
    return page(language, entry.get(), 200, b -> tracked(b, language, entry.get(), justSent, notice, Map.of(), List.of()));
  }

  /** A post from the page's forms: same site only, a form body, then the action. */
  private CompletionStage<WebResponse> post(WebRequest request, String code, FormAction action) {
    String queryLanguage = Messages.language(request.queryParam("lang"));
    Optional<LedgerEntry> found = api.find(code);
    if (found.isEmpty()) {
      return done(notFound(queryLanguage));
    }
    LedgerEntry entry = found.get();
    if (!sameOrigin(request)) {
      return done(alert(queryLanguage, entry, 403, "post.foreign"));
    }
    if (!"application/x-www-form-urlencoded".equals(request.mediaType())) {
      return done(alert(queryLanguage, entry, 415, "err.other"));
    }
    Map<String, List<String>> form = FormDecoder.decode(FormDecoder.text(request.body(), request.charset()), request.charset());
    String language = Messages.language(first(form, "lang"));
    CompletionStage<WebResponse> answer;
    try {
      answer = action.apply(language, entry, form);
    } catch (RuntimeException e) {
      answer = CompletableFuture.failedFuture(e);
    }
    return answer.exceptionally(failure -> refused(language, entry, form, failure));
  }

  private CompletionStage<WebResponse> survey(String language, LedgerEntry entry, Map<String, List<String>> form) {
    Checks checks = new Checks();
    List<Integer> scores = SurveyIntake.scores(checks, element -> first(form, element.field()));
    String comment = SurveyIntake.comment(checks, "komentar", first(form, "komentar"));
    if (!checks.ok()) {
      return done(page(language, entry, 400, b -> tracked(b, language, entry, false, Notice.NONE, form, checks.errors())));
    }
    return surveys.submit(entry, new SurveyAnswer(scores, comment, Channel.WEB, formKey(form)))
        .thenApply(r -> back(entry, "?survei=terima", language));
  }

  private CompletionStage<WebResponse> reopen(String language, LedgerEntry entry, Map<String, List<String>> form) {
    Checks checks = new Checks();
    String reason = checks.optionalText("alasan", first(form, "alasan"), CaseReopen.MAX_REASON);
    if (!checks.ok()) {
      return done(page(language, entry, 400, b -> tracked(b, language, entry, false, Notice.NONE, form, checks.errors())));
    }
    return reopen.reopen(entry, reason, formKey(form)).thenApply(updateId -> back(entry, "?dibuka=1", language));
  }

  /** The form's one-time token as idempotency key, so a resend does the same thing once. */
  private static String formKey(Map<String, List<String>> form) {
    String token = first(form, "token");
    return token != null && token.matches("[0-9a-f-]{36}") ? "form:" + token : null;
  }

  private static WebResponse back(LedgerEntry entry, String query, String language) {
    return CitizenForm.redirect("/lacak/" + entry.trackingCode() + query + ("en".equals(language) ? "&lang=en" : ""));
  }

  /** A friendly page for a post the case cannot take, instead of a bare error. */
  private WebResponse refused(String language, LedgerEntry entry, Map<String, List<String>> form, Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    Notice notice;
    if (cause instanceof ProblemException p && p.problem().status() == 409) {
      notice = SurveyIntake.ANSWERED.equals(p.problem().type()) ? Notice.ANSWERED
          : SurveyIntake.NOT_OPEN.equals(p.problem().type()) ? Notice.NOT_OPEN : Notice.NOT_REOPENABLE;
    } else if (cause instanceof IntakeUnavailableException
        || cause instanceof ProblemException p && p.problem().status() == 503) {
      notice = Notice.UNAVAILABLE;
    } else {
      throw failure instanceof CompletionException c ? c : new CompletionException(failure);
    }
    int status = notice == Notice.UNAVAILABLE ? 503 : 409;
    WebResponse page = page(language, entry, status, b -> tracked(b, language, entry, false, notice, form, List.of()));
    return status == 503 ? page.withHeader("Retry-After", "5") : page;
  }

  private void tracked(StringBuilder b, String language, LedgerEntry entry, boolean justSent, Notice notice,
      Map<String, List<String>> values, List<FieldError> errors) {
    CaseView view = statuses.viewOf(entry);
    if (justSent) {
      b.append("<h1>").append(Messages.get(language, "received")).append("</h1>");
    } else {
      b.append("<h1>").append(Messages.get(language, "track.title")).append("</h1>");
    }
    b.append("<p>").append(Messages.get(language, "code")).append(":</p><p class=\"code\" id=\"tracking-code\">")
        .append(Html.escape(entry.trackingCode())).append("</p>");
    if (justSent) {
      b.append("<p>").append(Messages.get(language, "code.keep")).append("</p>");
    }
    b.append("<dl>");
    item(b, "status", Messages.get(language, "status"), status(language, view));
    item(b, "received-at", Messages.get(language, "receivedAt"), time(language, Instant.ofEpochMilli(entry.receivedAt())));
    item(b, "updated-at", Messages.get(language, "updatedAt"), time(language, view.updatedAt()));
    item(b, "unit", Messages.get(language, "unit"), Html.escape(view.unitName()));
    item(b, "first-response-due", Messages.get(language, "firstResponseDue"), time(language, view.firstResponseDue()));
    item(b, "resolution-due", Messages.get(language, "resolutionDue"), time(language, view.resolutionDue()));
    b.append("</dl>");
    if (view.confidential()) {
      b.append("<p id=\"confidential\">").append(Messages.get(language, "confidential.shown")).append("</p>");
    }
    if (view.note() != null) {
      b.append("<h2>").append(Messages.get(language, "note")).append("</h2><blockquote id=\"note\">")
          .append(Html.escape(view.note())).append("</blockquote>");
    }
    b.append("<h2>").append(Messages.get(language, "history")).append("</h2><ol id=\"history\">");
    for (CaseView.Step step : view.history()) {
      b.append("<li><time datetime=\"").append(step.at()).append("\">").append(time(language, step.at())).append("</time> — ")
          .append(status(language, step.status()));
      if (step.note() != null) {
        b.append("<br><q>").append(Html.escape(step.note())).append("</q>");
      }
      b.append("</li>");
    }
    b.append("</ol>");
    if (notice.key != null) {
      b.append("<p id=\"message\"").append(notice.error ? " role=\"alert\" class=\"error\"" : "").append(">")
          .append(Messages.get(language, notice.key)).append("</p>");
    } else if (surveys.answered(entry) && !surveys.open(entry)) {
      b.append("<p id=\"message\">").append(Messages.get(language, "survey.answered")).append("</p>");
    }
    if (!errors.isEmpty()) {
      errorSummary(b, language, errors);
    }
    if (surveys.open(entry)) {
      surveyForm(b, language, entry, values, errors);
    }
    if (reopen.open(entry)) {
      reopenForm(b, language, entry, values, errors);
    }
  }

  private static void errorSummary(StringBuilder b, String language, List<FieldError> errors) {
    b.append("<div class=\"errors\" role=\"alert\" id=\"errors\" tabindex=\"-1\"><h2>").append(Messages.get(language, "errors"))
        .append("</h2><ul>");
    for (FieldError e : errors) {
      String problem = e.field().equals("komentar") || e.field().equals("alasan") ? "err.long" : "err.score";
      b.append("<li><a href=\"#").append(e.field()).append("\">").append(Html.escape(fieldName(language, e.field())))
          .append(": ").append(Messages.get(language, problem)).append("</a></li>");
    }
    b.append("</ul></div>");
  }

  private static void reopenForm(StringBuilder b, String language, LedgerEntry entry, Map<String, List<String>> values,
      List<FieldError> errors) {
    boolean bad = errors.stream().anyMatch(e -> e.field().equals("alasan"));
    b.append("<section aria-labelledby=\"reopen-title\"><h2 id=\"reopen-title\">").append(Messages.get(language, "reopen.title"))
        .append("</h2><p>").append(Messages.get(language, "reopen.intro")).append("</p>")
        .append("<form method=\"post\" action=\"/lacak/").append(Html.escape(entry.trackingCode()))
        .append("/buka-kembali\" accept-charset=\"UTF-8\" novalidate>");
    hidden(b, language);
    b.append("<label for=\"alasan\">").append(Messages.get(language, "reopen.reason")).append("</label>")
        .append("<textarea rows=\"3\" id=\"alasan\" name=\"alasan\"").append(bad ? " aria-invalid=\"true\"" : "").append(">")
        .append(Html.escape(CitizenForm.first(values, "alasan"))).append("</textarea>")
        .append("<button type=\"submit\" id=\"reopen-submit\">").append(Messages.get(language, "reopen.submit"))
        .append("</button></form></section>");
  }

  private static void hidden(StringBuilder b, String language) {
    b.append("<input type=\"hidden\" name=\"token\" value=\"").append(UUID.randomUUID()).append("\">");
    b.append("<input type=\"hidden\" name=\"lang\" value=\"").append(language).append("\">");
  }

  private static void surveyForm(StringBuilder b, String language, LedgerEntry entry, Map<String, List<String>> values,
      List<FieldError> errors) {
    b.append("<section aria-labelledby=\"survey-title\"><h2 id=\"survey-title\">").append(Messages.get(language, "survey.title"))
        .append("</h2><p>").append(Messages.get(language, "survey.intro")).append("</p>");
    b.append("<form method=\"post\" action=\"/lacak/").append(Html.escape(entry.trackingCode()))
        .append("/survei\" accept-charset=\"UTF-8\" novalidate>");
    hidden(b, language);
    for (SkmElement element : SkmElement.values()) {
      String field = element.field();
      boolean bad = errors.stream().anyMatch(e -> e.field().equals(field));
      String chosen = CitizenForm.first(values, field);
      b.append("<fieldset id=\"").append(field).append("\"").append(bad ? " aria-invalid=\"true\"" : "").append("><legend>")
          .append(Html.escape(element.name(language))).append(": ").append(Html.escape(element.question(language))).append("</legend>");
      for (int score = SkmElement.MIN; score <= SkmElement.MAX; score++) {
        String id = field + "-" + score;
        b.append("<p class=\"check\"><input type=\"radio\" id=\"").append(id).append("\" name=\"").append(field)
            .append("\" value=\"").append(score).append("\"").append(Integer.toString(score).equals(chosen) ? " checked" : "")
            .append("> <label for=\"").append(id).append("\">").append(score).append(" — ")
            .append(SkmElement.label(language, score)).append("</label></p>");
      }
      b.append("</fieldset>");
    }
    b.append("<label for=\"komentar\">").append(Messages.get(language, "survey.comment")).append("</label>")
        .append("<p class=\"hint\" id=\"komentar-hint\">").append(Messages.get(language, "survey.comment.hint")).append("</p>")
        .append("<textarea rows=\"4\" id=\"komentar\" name=\"komentar\" aria-describedby=\"komentar-hint\">")
        .append(Html.escape(CitizenForm.first(values, "komentar"))).append("</textarea>")
        .append("<button type=\"submit\" id=\"survey-submit\">").append(Messages.get(language, "survey.submit"))
        .append("</button></form></section>");
  }

  private static String fieldName(String language, String field) {
    for (SkmElement element : SkmElement.values()) {
      if (element.field().equals(field)) {
        return element.name(language);
      }
    }
    return Messages.get(language, field.equals("alasan") ? "reopen.reason" : "survey.comment");
  }

  private WebResponse notFound(String language) {
    return alert(language, null, 404, "track.notfound");
  }

  /** A page that only says what went wrong. */
  private static WebResponse alert(String language, LedgerEntry entry, int status, String key) {
    return page(language, entry, status, b -> b.append("<h1>").append(Messages.get(language, "track.title")).append("</h1>")
        .append("<p class=\"error\" role=\"alert\">").append(Messages.get(language, key)).append("</p>"));
  }

  /** The page frame: a link to the complaint form, the content, and the form to look up another code. */
  private static WebResponse page(String language, LedgerEntry entry, int status, java.util.function.Consumer<StringBuilder> content) {
    StringBuilder b = new StringBuilder();
    String self = entry == null ? "/lacak" : "/lacak/" + entry.trackingCode();
    b.append("<p><a href=\"/lapor").append(CitizenForm.langQuery(language)).append("\">").append(Messages.get(language, "new"))
        .append("</a> · <a href=\"").append(Html.escape(self)).append("en".equals(language) ? "" : "?lang=en").append("\" lang=\"")
        .append("en".equals(language) ? "id" : "en").append("\">").append(Messages.get(language, "other.lang")).append("</a></p>");
    int before = b.length();
    content.accept(b);
    if (b.length() == before) {
      b.append("<h1>").append(Messages.get(language, "track.title")).append("</h1>");
    }
    b.append("<form method=\"get\" action=\"/lacak\"><input type=\"hidden\" name=\"lang\" value=\"").append(language).append("\">")
        .append("<label for=\"kode\">").append(Messages.get(language, "track.label")).append("</label>")
        .append("<input type=\"text\" id=\"kode\" name=\"kode\" autocomplete=\"off\" spellcheck=\"false\">")
        .append("<button type=\"submit\">").append(Messages.get(language, "track.submit")).append("</button></form>");
    return WebResponse.of(status, "text/html; charset=utf-8", Html.page(language, Messages.get(language, "track.title"), b.toString()))
        .withHeader("Cache-Control", "no-store");
  }

  private static void item(StringBuilder b, String id, String term, String value) {
    if (value != null && !value.isEmpty()) {
      b.append("<dt>").append(term).append("</dt><dd id=\"").append(id).append("\">").append(value).append("</dd>");
    }
  }

  private static String status(String language, CaseView view) {
    return status(language, view.status());
  }

  private static String status(String language, id.aduan.intake.status.ComplaintStatus status) {
    return Messages.get(language, "status." + status.wireName());
  }

  private static String time(String language, Instant at) {
    return at == null ? null : ("en".equals(language) ? TIME_EN : TIME_ID).format(at);
  }

  /**
   * Whether a post comes from this site's own page: browsers send {@code Origin} with every form post and
   * {@code Sec-Fetch-Site} where they support it; a client sending neither (not a browser) is let through.
   */
  static boolean sameOrigin(WebRequest request) {
    String site = request.header("Sec-Fetch-Site");
    if (site != null && site.equalsIgnoreCase("cross-site")) {
      return false;
    }
    String origin = request.header("Origin");
    if (origin == null) {
      return true;
    }
    String host = request.header("Host");
    try {
      URI uri = URI.create(origin.strip());
      String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return host != null && uri.getHost() != null && (authority.equalsIgnoreCase(host.strip())
          || (uri.getPort() < 0 && host.strip().equalsIgnoreCase(uri.getHost() + (origin.startsWith("https") ? ":443" : ":80"))));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String first(Map<String, List<String>> form, String name) {
    return CitizenForm.first(form, name);
  }

  private static CompletionStage<WebResponse> done(WebResponse response) {
    return CompletableFuture.completedFuture(response);
  }
}
