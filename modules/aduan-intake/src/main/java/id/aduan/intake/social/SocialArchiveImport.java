package id.aduan.intake.social;

import com.fasterxml.jackson.databind.JsonNode;
import id.aduan.intake.problem.ProblemException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Loads an archive of mentions, one JSON object a line: either Aduan's own shape
 * ({@code platform, id, text, author, authorName, createdAt, url, repostOf}) or a raw tweet object. Lines go
 * through the same path as webhooks, many in flight at once, so a re-run of the same file files nothing
 * twice. Bad lines are counted and reported by number, never stop the import.
 */
public final class SocialArchiveImport {
  private static final int IN_FLIGHT = 256;

  /** Where an import stands; {@code total} is the file's line count. */
  public record Progress(long total, long read, long filed, long repeated, long linked, long ignored, long invalid, long failed) {}

  private final SocialIntake social;
  private final Consumer<String> warnings;

  public SocialArchiveImport(SocialIntake social, Consumer<String> warnings) {
    this.social = social;
    this.warnings = warnings;
  }

  public Progress run(Path file, Consumer<Progress> progress) throws IOException {
    long total;
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      total = lines.count();
    }
    AtomicLong read = new AtomicLong();
    AtomicLong[] counts = {new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong()};
    Semaphore window = new Semaphore(IN_FLIGHT);
    long lastReport = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        read.incrementAndGet();
        if (line.isBlank()) {
          continue;
        }
        long lineNumber = number;
        SocialPost post;
        try {
          post = parse(SocialJson.read(line));
        } catch (ProblemException e) {
          counts[4].incrementAndGet();
          warnings.accept("line " + lineNumber + ": " + e.getMessage());
          continue;
        }
        window.acquireUninterruptibly();
        social.file(post).whenComplete((result, failure) -> {
          try {
            if (failure == null) {
              counts[result.outcome().ordinal()].incrementAndGet();
              return;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            counts[cause instanceof ProblemException ? 4 : 5].incrementAndGet();
            warnings.accept("line " + lineNumber + ": " + cause.getMessage());
          } finally {
            // released only after counting, so the final tally waits for every line
            window.release();
          }
        });
        if (System.nanoTime() - lastReport > 1_000_000_000L) {
          lastReport = System.nanoTime();
          progress.accept(snapshot(total, read, counts));
        }
      }
    }
    window.acquireUninterruptibly(IN_FLIGHT);
    Progress done = snapshot(total, read, counts);
    progress.accept(done);
    return done;
  }

  private static Progress snapshot(long total, AtomicLong read, AtomicLong[] c) {
    return new Progress(total, read.get(), c[0].get(), c[1].get(), c[2].get(), c[3].get(), c[4].get(), c[5].get());
  }

  static SocialPost parse(JsonNode node) {
    if (node.has("id_str") || node.has("user")) {
      return XWebhook.tweet(node);
    }
    JsonNode repost = node.get("repostOf");
    SocialPost original = null;
    if (repost != null && repost.isObject()) {
      original = parse(repost);
    } else if (repost != null && repost.isTextual()) {
      original = new SocialPost(SocialJson.text(node, "platform", null), repost.asText(), null, null, null, null, null, null);
    }
    String created = SocialJson.text(node, "createdAt", null);
    Instant createdAt = null;
    if (created != null) {
      try {
        createdAt = Instant.parse(created);
      } catch (RuntimeException e) {
        throw SocialJson.invalid("createdAt", "must be an ISO 8601 instant such as 2026-01-05T08:15:30Z");
      }
    }
    return new SocialPost(SocialJson.text(node, "platform", null), SocialJson.text(node, "id", null),
        SocialJson.text(node, "text", null), SocialJson.text(node, "author", null),
        SocialJson.text(node, "authorName", null), createdAt, SocialJson.text(node, "url", null), original);
  }

}
