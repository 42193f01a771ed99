package id.aduan.intake.sms;

import id.aduan.event.Channel;
import id.aduan.event.ContactType;
import id.aduan.event.Location;
import id.aduan.intake.http.FormDecoder;
import id.aduan.intake.http.MediaTypes;
import id.aduan.intake.http.Router;
import id.aduan.intake.http.Signatures;
import id.aduan.intake.http.WebRequest;
import id.aduan.intake.http.WebResponse;
import id.aduan.intake.problem.Problem;
import id.aduan.intake.problem.ProblemException;
import id.aduan.intake.submit.Checks;
import id.aduan.intake.submit.ComplaintIntake;
import id.aduan.intake.submit.ReporterInput;
import id.aduan.intake.submit.Submission;
import id.aduan.intake.survey.SmsSurvey;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;

/**
 * The SMS gateway webhook, {@code POST /sms/inbound}: a generic form ({@code from}, {@code text},
 * {@code id}) or Twilio's ({@code From}, {@code Body}, {@code MessageSid}). The gateway's message id makes
 * redeliveries idempotent. A message starting with {@code SKM} is a survey answer ({@link SmsSurvey}). The
 * reply carries the tracking code, as TwiML when the client asks for XML or is Twilio, as plain text
 * otherwise.
 */
public final class SmsWebhook {
  public static final String PATH = "/sms/inbound";
  private final ComplaintIntake intake;
  private final String secret;
  private final String publicBaseUrl;
  private final SmsSurvey surveys;

  public SmsWebhook(ComplaintIntake intake, String secret, String publicBaseUrl, SmsSurvey surveys) {
    this.intake = intake;
    this.surveys = surveys;
    this.secret = secret == null || secret.isBlank() ? null : secret;
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  public void routes(Router router) {
    router.post(PATH, (req, p) -> receive(req));
  }

  CompletionStage<WebResponse> receive(WebRequest request) {
    MediaTypes.require(request, MediaTypes.FORM);
    Map<String, List<String>> form = FormDecoder.form(request);
    verify(request, form);
    boolean twilio = form.containsKey("MessageSid") || form.containsKey("SmsSid");
    Checks checks = new Checks();
    String fromField = twilio ? "From" : "from";
    String textField = twilio ? "Body" : "text";
    String from = checks.requiredText(fromField, first(form, fromField, "msisdn"), 40);
    String body = checks.requiredText(textField, first(form, textField, "message"), Checks.MAX_TEXT);
    String messageId = checks.optionalText(twilio ? "MessageSid" : "id",
        first(form, twilio ? "MessageSid" : "id", twilio ? "SmsSid" : "message_id"), Checks.MAX_SHORT);
    checks.throwIfAny();
    boolean twiml = request.accepts("xml") || (twilio && !request.accepts("text/plain"));
    if (SmsSurvey.isSurvey(body)) {
      return surveys.answer(body, messageId).thenApply(text -> reply(text, twiml));
    }
    SmsKeywordParser.Parsed parsed = SmsKeywordParser.parse(body);
    if (parsed.text().isEmpty()) {
      new Checks().error(textField, "has a location but no complaint after ADUAN#lokasi#").throwIfAny();
    }
    Location location = parsed.location() == null ? null
        : Location.newBuilder()
            .setAddress(parsed.location().substring(0, Math.min(parsed.location().length(), Checks.MAX_ADDRESS))).build();
    Submission submission = new Submission(Channel.SMS, messageId, twilio ? "sms-twilio" : "sms-gateway", null, null,
        parsed.text(), null, null, null, new ReporterInput(null, from, ContactType.PHONE, false, false), location, null, null);
    return intake.submit(submission).thenApply(a -> reply(
        "Aduan diterima. Kode lacak: " + a.trackingCode() + ". Cek status: " + publicBaseUrl + "/lacak/" + a.trackingCode(), twiml));
  }

  private static WebResponse reply(String text, boolean twiml) {
    if (!twiml) {
      return WebResponse.of(200, "text/plain; charset=utf-8", text);
    }
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>"
        + text.replace("&", "&amp;").replace("<", "&lt;") + "</Message></Response>";
    return WebResponse.of(200, "application/xml; charset=utf-8", xml);
  }

  private void verify(WebRequest request, Map<String, List<String>> form) {
    if (secret == null) {
      return;
    }
    String twilio = request.header("X-Twilio-Signature");
    if (twilio != null) {
      // Twilio signs the webhook URL as configured (here: without a query) followed by every POST
      // parameter, sorted by name, each as name then value
      StringBuilder data = new StringBuilder(publicBaseUrl + PATH);
      new TreeMap<>(form).forEach((k, values) -> values.forEach(v -> data.append(k).append(v)));
      String expected = java.util.Base64.getEncoder().encodeToString(
          Signatures.hmac("HmacSHA1", secret, data.toString().getBytes(StandardCharsets.UTF_8)));
      if (Signatures.same(expected, twilio)) {
        return;
      }
    }
    String generic = request.header("X-Aduan-Signature");
    if (generic != null && Signatures.same("sha256=" + Signatures.sha256Hex(secret, request.body()), generic)) {
      return;
    }
    throw new ProblemException(Problem.of(403, "Forbidden", "Missing or invalid webhook signature"));
  }

  private static String first(Map<String, List<String>> form, String name, String alternative) {
    List<String> values = form.get(name);
    if (values == null || values.isEmpty()) {
      values = form.get(alternative);
    }
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
