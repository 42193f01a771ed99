package id.aduan.streams.router.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The complaints seen lately under one de-duplication key (one reporter, or one place), oldest first.
 * Holds fingerprints, never texts, and forgets entries older than the window.
 */
public record RecentComplaints(List<Entry> entries) {

  /** One complaint as remembered: enough to recognise a duplicate and name its original. */
  public record Entry(
      String complaintId,
      String messageKey,
      String category,
      long receivedAt,
      Set<Integer> words,
      String duplicateOf) {

    /** The complaint a new duplicate should point to: the original of a chain, not a link in it. */
    String root() {
      return duplicateOf != null ? duplicateOf : complaintId;
    }
  }

  public RecentComplaints {
    entries = List.copyOf(entries);
  }

  public static RecentComplaints empty() {
    return new RecentComplaints(List.of());
  }

  /** An entry with the same channel message id (a resend of the same message), if any. */
  public Optional<Entry> sameMessage(String messageKey) {
    return entries.stream().filter(e -> e.messageKey() != null && e.messageKey().equals(messageKey)).findFirst();
  }

  /** The most similar earlier entry within the window that passes the threshold, if any. */
  public Optional<Entry> similar(Entry candidate, long windowMillis, double threshold, boolean sameCategory) {
    Entry best = null;
    double bestScore = threshold;
    for (Entry e : entries) {
      if (candidate.receivedAt() - e.receivedAt() > windowMillis || e.receivedAt() > candidate.receivedAt()) {
        continue;
      }
      if (sameCategory && (e.category() == null || !e.category().equals(candidate.category()))) {
        continue;
      }
      double score = TextFingerprint.similarity(e.words(), candidate.words());
      if (score >= bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** These entries plus one, without those that fell out of the window, at most {@code limit} kept. */
  public RecentComplaints with(Entry added, long windowMillis, int limit) {
    List<Entry> kept = new ArrayList<>();
    for (Entry e : entries) {
      if (added.receivedAt() - e.receivedAt() <= windowMillis) {
        kept.add(e);
      }
    }
    kept.add(added);
    return new RecentComplaints(kept.subList(Math.max(0, kept.size() - limit), kept.size()));
  }
}
