package id.aduan.intake.form;

import id.aduan.event.Channel;
import id.aduan.event.Location;
import id.aduan.intake.api.ComplaintApi;
import id.aduan.intake.category.Category;
import id.aduan.intake.category.CategoryCatalog;
import id.aduan.intake.http.FormDecoder;
import id.aduan.intake.http.Router;
import id.aduan.intake.http.WebRequest;
import id.aduan.intake.http.WebResponse;
import id.aduan.intake.problem.FieldError;
import id.aduan.intake.status.CaseReopen;
import id.aduan.intake.status.StatusSource;
import id.aduan.intake.submit.Checks;
import id.aduan.intake.submit.ComplaintIntake;
import id.aduan.intake.submit.IntakeUnavailableException;
import id.aduan.intake.submit.ReporterInput;
import id.aduan.intake.submit.Submission;
import id.aduan.intake.survey.SurveyIntake;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * The citizen's pages, plain HTML that works without JavaScript: the complaint form ({@code /lapor}) and
 * the tracking page ({@code /lacak}, see {@link TrackingPage}), Indonesian by default and English with
 * {@code lang=en}. Each form
 * carries a one-time token used as idempotency key, so sending it twice (a double click, a reload) files
 * one complaint. After sending, the browser is redirected to the tracking page, which shows the code.
 */
public final class CitizenForm {
  private final ComplaintIntake intake;
  private final CategoryCatalog categories;
  private final TrackingPage tracking;

  public CitizenForm(
      ComplaintIntake intake, CategoryCatalog categories, ComplaintApi api, StatusSource statuses, SurveyIntake surveys,
      CaseReopen reopen) {
    this.intake = intake;
    this.categories = categories;
    this.tracking = new TrackingPage(api, statuses, surveys, reopen);
  }

  public void routes(Router router) {
    router.get("/", (req, p) -> done(redirect("/lapor")));
    router.get("/lapor", (req, p) -> done(form(Messages.language(req.queryParam("lang")), Map.of(), List.of(), 200)));
    router.post("/lapor", (req, p) -> submit(req));
    tracking.routes(router);
  }

  private CompletionStage<WebResponse> submit(WebRequest request) {
    Map<String, List<String>> form = Map.of();
    if ("application/x-www-form-urlencoded".equals(request.mediaType())) {
      form = FormDecoder.form(request);
    } else {
      return done(form("id", Map.of(), List.of(new FieldError("isi", "err.other")), 415));
    }
    String language = Messages.language(first(form, "lang"));
    Checks checks = new Checks();
    String text = checks.requiredText("isi", first(form, "isi"), Checks.MAX_TEXT);
    String serviceCode = checks.serviceCode("kategori", blank(first(form, "kategori")), categories);
    String address = checks.optionalText("lokasi", first(form, "lokasi"), Checks.MAX_ADDRESS);
    String name = checks.optionalText("nama", first(form, "nama"), Checks.MAX_SHORT);
    String contact = checks.optionalText("kontak", first(form, "kontak"), Checks.MAX_SHORT);
    String token = first(form, "token");
    if (token != null && !token.matches("[0-9a-f-]{36}")) {
      token = null;
    }
    Map<String, List<String>> values = form;
    if (!checks.ok()) {
      return done(form(language, values, checks.errors(), 400));
    }
    Location location = address == null ? null : Location.newBuilder().setAddress(address).build();
    Submission submission = new Submission(Channel.WEB, token == null ? null : "form:" + token, "web-form", null, null, text,
        language, serviceCode, null,
        new ReporterInput(name, contact, null, first(form, "anonim") != null, first(form, "rahasia") != null),
        location, null, null);
    return intake.submit(submission)
        .thenApply(a -> redirect("/lacak/" + a.trackingCode() + "?baru=1" + ("en".equals(language) ? "&lang=en" : "")))
        .exceptionally(failure -> {
          Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
          if (cause instanceof IntakeUnavailableException) {
            return form(language, values, List.of(new FieldError("isi", "unavailable")), 503).withHeader("Retry-After", "5");
          }
          throw failure instanceof CompletionException c ? c : new CompletionException(failure);
        });
  }

  private WebResponse form(String language, Map<String, List<String>> values, List<FieldError> errors, int status) {
    StringBuilder b = new StringBuilder();
    String other = "en".equals(language) ? "/lapor" : "/lapor?lang=en";
    b.append("<p><a href=\"").append(other).append("\" lang=\"").append("en".equals(language) ? "id" : "en").append("\">")
        .append(Messages.get(language, "other.lang")).append("</a> · <a href=\"/lacak").append(langQuery(language)).append("\">")
        .append(Messages.get(language, "track.title")).append("</a></p>");
    b.append("<h1>").append(Messages.get(language, "title")).append("</h1>");
    b.append("<p>").append(Messages.get(language, "intro")).append("</p>");
    if (!errors.isEmpty()) {
      b.append("<div class=\"errors\" role=\"alert\" id=\"errors\" tabindex=\"-1\"><h2>").append(Messages.get(language, "errors"))
          .append("</h2><ul>");
      for (FieldError e : errors) {
        b.append("<li><a href=\"#").append(e.field()).append("\">").append(Html.escape(errorText(language, e))).append("</a></li>");
      }
      b.append("</ul></div>");
    }
    b.append("<form method=\"post\" action=\"/lapor\" accept-charset=\"UTF-8\" novalidate>");
    b.append("<input type=\"hidden\" name=\"token\" value=\"").append(UUID.randomUUID()).append("\">");
    b.append("<input type=\"hidden\" name=\"lang\" value=\"").append(language).append("\">");
    b.append("<label for=\"kategori\">").append(Messages.get(language, "category")).append("</label>");
    b.append("<select id=\"kategori\" name=\"kategori\"><option value=\"\">").append(Messages.get(language, "category.none")).append("</option>");
    String chosen = first(values, "kategori");
    for (Category c : categories.all()) {
      b.append("<option value=\"").append(Html.escape(c.code())).append("\"").append(c.code().equals(chosen) ? " selected" : "")
          .append(">").append(Html.escape(c.name(language))).append("</option>");
    }
    b.append("</select>");
    field(b, language, errors, "isi", "text", "text.hint", true, first(values, "isi"), true);
    field(b, language, errors, "lokasi", "address", "address.hint", false, first(values, "lokasi"), false);
    b.append("<fieldset><legend>").append(Messages.get(language, "reporter")).append("</legend>");
    field(b, language, errors, "nama", "name", null, false, first(values, "nama"), false);
    field(b, language, errors, "kontak", "contact", "contact.hint", false, first(values, "kontak"), false);
    checkbox(b, language, "anonim", "anonymous", values);
    checkbox(b, language, "rahasia", "confidential", values);
    b.append("</fieldset><button type=\"submit\">").append(Messages.get(language, "submit")).append("</button></form>");
    WebResponse page = WebResponse.of(status, "text/html; charset=utf-8", Html.page(language, Messages.get(language, "title"), b.toString()));
    return page.withHeader("Cache-Control", "no-store");
  }

  private static void field(StringBuilder b, String language, List<FieldError> errors, String name, String label,
      String hint, boolean required, String value, boolean textarea) {
    Optional<FieldError> error = errors.stream().filter(e -> e.field().equals(name)).findFirst();
    String describedBy = (hint != null ? name + "-hint " : "") + (error.isPresent() ? name + "-error" : "");
    b.append("<label for=\"").append(name).append("\">").append(Messages.get(language, label)).append("</label>");
    if (hint != null) {
      b.append("<p class=\"hint\" id=\"").append(name).append("-hint\">").append(Messages.get(language, hint)).append("</p>");
    }
    error.ifPresent(e -> b.append("<p class=\"error\" id=\"").append(name).append("-error\">")
        .append(Html.escape(errorText(language, e))).append("</p>"));
    String attributes = " id=\"" + name + "\" name=\"" + name + "\"" + (required ? " required aria-required=\"true\"" : "")
        + (error.isPresent() ? " aria-invalid=\"true\"" : "")
        + (describedBy.isBlank() ? "" : " aria-describedby=\"" + describedBy.strip() + "\"");
    if (textarea) {
      b.append("<textarea rows=\"6\"").append(attributes).append(">").append(Html.escape(value)).append("</textarea>");
    } else {
      String autocomplete = name.equals("nama") ? " autocomplete=\"name\"" : name.equals("kontak") ? " autocomplete=\"tel\"" : "";
      b.append("<input type=\"text\"").append(attributes).append(autocomplete).append(" value=\"").append(Html.escape(value)).append("\">");
    }
  }

  private static void checkbox(StringBuilder b, String language, String name, String label, Map<String, List<String>> values) {
    b.append("<p class=\"check\"><input type=\"checkbox\" id=\"").append(name).append("\" name=\"").append(name)
        .append("\" value=\"1\"").append(first(values, name) != null ? " checked" : "").append("> <label for=\"").append(name)
        .append("\">").append(Messages.get(language, label)).append("</label></p>");
  }

  private static String errorText(String language, FieldError e) {
    if (e.detail().equals("unavailable") || e.detail().equals("err.other")) {
      return Messages.get(language, e.detail());
    }
    return e.field().equals("isi") ? Messages.get(language, "err.text") : Messages.get(language, "err.other") + " " + e.detail();
  }

  static String langQuery(String language) {
    return "en".equals(language) ? "?lang=en" : "";
  }

  static WebResponse redirect(String location) {
    return WebResponse.empty(303).withHeader("Location", location);
  }

  static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static CompletionStage<WebResponse> done(WebResponse response) {
    return CompletableFuture.completedFuture(response);
  }
}
