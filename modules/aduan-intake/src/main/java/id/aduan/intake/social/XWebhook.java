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
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * X (Twitter) account-activity webhook: {@code GET} answers the CRC challenge with
 * {@code sha256=base64(HMAC-SHA256(consumer secret, crc_token))}; {@code POST} checks
 * {@code x-twitter-webhooks-signature} over the raw body and files each {@code tweet_create_events} entry.
 */
public final class XWebhook {
  public static final String PATH = "/social/x/webhook";
  private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);

  private final SocialIntake social;
  private final String consumerSecret;

  public XWebhook(SocialIntake social, String consumerSecret) {
    this.social = social;
    this.consumerSecret = consumerSecret;
  }

  public void routes(Router router) {
    router.get(PATH, (req, p) -> CompletableFuture.completedFuture(crc(req)));
    router.post(PATH, (req, p) -> events(req));
  }

  private WebResponse crc(WebRequest request) {
    String token = request.queryParam("crc_token");
    if (token == null || token.isEmpty() || token.length() > 1000) {
      throw new ProblemException(Problem.badRequest("crc_token is required"));
    }
    String response = "sha256=" + Signatures.sha256Base64(consumerSecret, token.getBytes(StandardCharsets.UTF_8));
    return WebResponse.json(200, Map.of("response_token", response));
  }

  private CompletionStage<WebResponse> events(WebRequest request) {
    MediaTypes.require(request, MediaTypes.JSON);
    String expected = "sha256=" + Signatures.sha256Base64(consumerSecret, request.body());
    if (!Signatures.same(expected, request.header("x-twitter-webhooks-signature"))) {
      throw new ProblemException(Problem.of(403, "Forbidden", "Missing or invalid x-twitter-webhooks-signature"));
    }
    JsonNode root = SocialJson.read(FormDecoder.text(request.body(), StandardCharsets.UTF_8));
    List<SocialPost> posts = new ArrayList<>();
    JsonNode tweets = root.path("tweet_create_events");
    if (tweets.isArray()) {
      for (JsonNode tweet : tweets) {
        posts.add(tweet(tweet));
      }
    }
    return SocialJson.fileAll(social, posts);
  }

  /** A tweet object (v1.1 shape, as account activity sends it) as a post. */
  public static SocialPost tweet(JsonNode tweet) {
    if (!tweet.isObject()) {
      throw SocialJson.invalid("tweet_create_events", "must hold tweet objects");
    }
    SocialPost original = tweet.hasNonNull("retweeted_status") ? tweet(tweet.get("retweeted_status")) : null;
    String text = tweet.path("extended_tweet").path("full_text").asText(null);
    if (text == null) {
      text = SocialJson.text(tweet, "full_text", SocialJson.text(tweet, "text", null));
    }
    String handle = SocialJson.text(tweet.path("user"), "screen_name", null);
    String id = SocialJson.text(tweet, "id_str", tweet.path("id").isIntegralNumber() ? tweet.get("id").asText() : null);
    String url = handle != null && id != null ? "https://x.com/" + handle + "/status/" + id : null;
    return new SocialPost("x", id, text, handle, SocialJson.text(tweet.path("user"), "name", null),
        createdAt(SocialJson.text(tweet, "created_at", null)), url, original);
  }

  private static Instant createdAt(String text) {
    if (text == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(text, CREATED_AT).toInstant();
    } catch (RuntimeException e) {
      try {
        return Instant.parse(text);
      } catch (RuntimeException notIso) {
        return null;
      }
    }
  }
}
