package id.aduan.intake.social;

import java.time.Instant;

/**
 * A public post or message addressed to the agency, whatever the platform. {@code repostOf} is the
 * original post when this one only passes it on (retweet, share): the complaint is the original's.
 */
public record SocialPost(
    String platform,
    String id,
    String text,
    String authorHandle,
    String authorName,
    Instant createdAt,
    String url,
    SocialPost repostOf) {

  /** The message id on the complaint: platform and post id, so ids of different platforms never meet. */
  public String messageId() {
    return platform + ":" + id;
  }

  /** The post whose complaint this is: the original for a repost, else itself. */
  public SocialPost original() {
    return repostOf == null ? this : repostOf.original();
  }
}
