package id.aduan.intake.social;

import id.aduan.event.Channel;
import id.aduan.event.ContactType;
import id.aduan.intake.idempotency.IntakeLedger;
import id.aduan.intake.problem.ProblemException;
import id.aduan.intake.submit.Accepted;
import id.aduan.intake.submit.Checks;
import id.aduan.intake.submit.ComplaintIntake;
import id.aduan.intake.submit.ReporterInput;
import id.aduan.intake.submit.Submission;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Files social posts as complaints, shared by the webhooks and the archive import. A repost is filed
 * under its original's message id, so reposting an already-received post links to that complaint instead
 * of filing a new one; the agency's own posts are ignored.
 */
public final class SocialIntake {
  /** What became of one post. */
  public enum Outcome { FILED, REPEATED, LINKED, IGNORED }

  /** The outcome and, unless ignored, the complaint it belongs to. */
  public record Result(SocialPost post, Outcome outcome, Accepted accepted) {}

  private final ComplaintIntake intake;
  private final String ownHandle;

  public SocialIntake(ComplaintIntake intake, String ownHandle) {
    this.intake = intake;
    this.ownHandle = ownHandle == null ? "" : ownHandle.replace("@", "").toLowerCase(Locale.ROOT);
  }

  public CompletableFuture<Result> file(SocialPost post) {
    SocialPost original = post.original();
    if (isOwn(post) || isOwn(original)) {
      return CompletableFuture.completedFuture(new Result(post, Outcome.IGNORED, null));
    }
    boolean repost = original != post;
    if (repost) {
      var known = intake.ledger().byIdempotencyKey(Channel.SOCIAL_MEDIA.name() + ":" + original.messageId());
      if (known.isPresent()) {
        var e = known.get();
        return CompletableFuture.completedFuture(new Result(post, Outcome.LINKED,
            new Accepted(e.complaintId(), e.trackingCode(), java.time.Instant.ofEpochMilli(e.receivedAt()), true)));
      }
      if (original.text() == null || original.text().isBlank()) {
        // a share of a post we never saw, without its text: the sharer's words are the complaint
        original = new SocialPost(original.platform(), original.id(), post.text(), original.authorHandle(),
            original.authorName(), original.createdAt(), original.url(), null);
      }
    }
    Submission submission;
    try {
      submission = submission(original);
    } catch (ProblemException invalid) {
      return CompletableFuture.failedFuture(invalid);
    }
    return intake.submit(submission).thenApply(a -> new Result(post,
        repost ? Outcome.LINKED : a.repeated() ? Outcome.REPEATED : Outcome.FILED, a));
  }

  private boolean isOwn(SocialPost post) {
    return !ownHandle.isEmpty() && post.authorHandle() != null
        && post.authorHandle().replace("@", "").toLowerCase(Locale.ROOT).equals(ownHandle);
  }

  /** Whether the ledger already has this post's complaint (for reporting an import). */
  public boolean known(SocialPost post, IntakeLedger ledger) {
    return ledger.byIdempotencyKey(Channel.SOCIAL_MEDIA.name() + ":" + post.original().messageId()).isPresent();
  }

  private static Submission submission(SocialPost post) {
    Checks checks = new Checks();
    String id = checks.requiredText("id", post.id(), Checks.MAX_SHORT);
    String platform = checks.requiredText("platform", post.platform(), 20);
    String text = checks.requiredText("text", post.text(), Checks.MAX_TEXT);
    String handle = checks.optionalText("author", post.authorHandle(), Checks.MAX_SHORT);
    String name = checks.optionalText("authorName", post.authorName(), Checks.MAX_SHORT);
    String url = checks.url("url", post.url());
    checks.throwIfAny();
    String contact = handle == null ? null : platform.toLowerCase(Locale.ROOT) + ":@" + handle.replace("@", "");
    return new Submission(Channel.SOCIAL_MEDIA, platform + ":" + id, "social-" + platform, post.createdAt(), null, text,
        null, null, null, new ReporterInput(name, contact, ContactType.SOCIAL_MEDIA, false, false), null, null, url);
  }
}
