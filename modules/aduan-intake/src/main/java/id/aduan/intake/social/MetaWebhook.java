package id.aduan.intake.social;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.intake.http.FormDecoder;
import id.aduan.intake.http.MediaTypes;
import id.aduan.intake.http.Router;
import id.aduan.intake.http.Signatures;
import id.aduan.intake.http.WebRequest;
import id.aduan.intake.http.WebResponse;
import id.aduan.intake.problem.Problem;
import id.aduan.intake.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Meta (Instagram, Facebook page) webhooks: {@code GET} answers the subscription handshake by echoing
 * {@code hub.challenge} when {@code hub.verify_token} matches; {@code POST} checks
 * {@code X-Hub-Signature-256} and files comments, page posts and direct messages. Changes that carry no
 * text (a mention notice, an edit, a like) are not complaints and are skipped.
 */
public final class MetaWebhook {
  public static final String PATH = "/social/meta/webhook";

  private final SocialIntake social;
  private final String appSecret;
  private final String verifyToken;

  public MetaWebhook(SocialIntake social, String appSecret, String verifyToken) {
    this.social = social;
    this.appSecret = appSecret;
    this.verifyToken = verifyToken;
  }

  public void routes(Router router) {
    router.get(PATH, (req, p) -> CompletableFuture.completedFuture(verify(req)));
    router.post(PATH, (req, p) -> events(req));
  }

  private WebResponse verify(WebRequest request) {
    String challenge = request.queryParam("hub.challenge");
    if (!"subscribe".equals(request.queryParam("hub.mode")) || challenge == null || challenge.length() > 1000) {
      throw new ProblemException(Problem.badRequest("hub.mode=subscribe and hub.challenge are required"));
    }
    if (verifyToken == null || !Signatures.same(verifyToken, request.queryParam("hub.verify_token"))) {
      throw new ProblemException(Problem.of(403, "Forbidden", "hub.verify_token does not match"));
    }
    return WebResponse.of(200, "text/plain; charset=utf-8", challenge);
  }

  private CompletionStage<WebResponse> events(WebRequest request) {
    MediaTypes.require(request, MediaTypes.JSON);
    String expected = "sha256=" + Signatures.sha256Hex(appSecret, request.body());
    if (!Signatures.same(expected, request.header("X-Hub-Signature-256"))) {
      throw new ProblemException(Problem.of(403, "Forbidden", "Missing or invalid X-Hub-Signature-256"));
    }
    JsonNode root = SocialJson.read(FormDecoder.text(request.body(), StandardCharsets.UTF_8));
    String platform = "page".equals(SocialJson.text(root, "object", "")) ? "facebook" : "instagram";
    List<SocialPost> posts = new ArrayList<>();
    for (JsonNode entry : root.path("entry")) {
      for (JsonNode change : entry.path("changes")) {
        SocialPost post = change(platform, change.path("value"));
        if (post != null) {
          posts.add(post);
        }
      }
      for (JsonNode message : entry.path("messaging")) {
        SocialPost post = message(platform, message);
        if (post != null) {
          posts.add(post);
        }
      }
    }
    return SocialJson.fileAll(social, posts);
  }

  private static SocialPost change(String platform, JsonNode value) {
    if (!value.isObject()) {
      return null;
    }
    if (value.has("verb") && !"add".equals(SocialJson.text(value, "verb", ""))) {
      return null;
    }
    String text = SocialJson.text(value, "text", SocialJson.text(value, "message", null));
    String id = SocialJson.text(value, "comment_id", SocialJson.text(value, "post_id", SocialJson.text(value, "id", null)));
    if (text == null || text.isBlank() || id == null) {
      return null;
    }
    JsonNode from = value.path("from");
    String handle = SocialJson.text(from, "username", SocialJson.text(from, "id", null));
    SocialPost original = null;
    String parent = SocialJson.text(value, "parent_id", null);
    if ("share".equals(SocialJson.text(value, "item", "")) && parent != null) {
      original = new SocialPost(platform, parent, null, null, null, null, null, null);
    }
    Instant created = SocialJson.epoch(value.get("created_time"), false);
    return new SocialPost(platform, id, text, handle, SocialJson.text(from, "name", null), created, null, original);
  }

  private static SocialPost message(String platform, JsonNode messaging) {
    JsonNode message = messaging.path("message");
    String text = SocialJson.text(message, "text", null);
    String id = SocialJson.text(message, "mid", null);
    if (text == null || text.isBlank() || id == null || message.path("is_echo").asBoolean(false)) {
      return null;
    }
    Instant created = SocialJson.epoch(messaging.get("timestamp"), true);
    return new SocialPost(platform, id, text, SocialJson.text(messaging.path("sender"), "id", null), null, created, null, null);
  }
}
