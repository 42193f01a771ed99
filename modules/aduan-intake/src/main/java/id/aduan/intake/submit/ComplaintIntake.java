package id.aduan.intake.submit;

import id.aduan.event.Location;
import id.aduan.intake.idempotency.IntakeLedger;
import id.aduan.intake.idempotency.LedgerEntry;
import id.aduan.intake.ids.ComplaintIds;
import id.aduan.intake.ids.TrackingCodes;
import id.aduan.intake.produce.EventFactory;
import id.aduan.intake.produce.TransactionalCommitter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one path every channel takes: give the complaint its ids, write it durably, answer once the broker
 * has it. A message seen before (same channel and message id or idempotency key) gets the earlier answer
 * and no second event, whether the first is already committed or still in flight.
 */
public final class ComplaintIntake {
  private final IntakeLedger ledger;
  private final EventFactory events;
  private final TransactionalCommitter committer;
  private final ComplaintIds ids;
  private final TrackingCodes codes = new TrackingCodes();
  private final Clock clock;
  private final Duration ackTimeout;
  private final ConcurrentHashMap<String, CompletableFuture<Accepted>> inFlight = new ConcurrentHashMap<>();

  public ComplaintIntake(
      IntakeLedger ledger, EventFactory events, TransactionalCommitter committer, Clock clock, Duration ackTimeout) {
    this.ledger = ledger;
    this.events = events;
    this.committer = committer;
    this.clock = clock;
    this.ids = new ComplaintIds(clock);
    this.ackTimeout = ackTimeout;
  }

  public CompletableFuture<Accepted> submit(Submission submission) {
    String key = submission.idempotencyKey();
    if (key == null) {
      return write(submission, null);
    }
    Optional<LedgerEntry> known = ledger.byIdempotencyKey(key);
    if (known.isPresent()) {
      return CompletableFuture.completedFuture(repeated(known.get()));
    }
    CompletableFuture<Accepted> mine = new CompletableFuture<>();
    CompletableFuture<Accepted> earlier = inFlight.putIfAbsent(key, mine);
    if (earlier != null) {
      return earlier.thenApply(a -> new Accepted(a.complaintId(), a.trackingCode(), a.receivedAt(), true));
    }
    // the first request may have finished between the ledger check and claiming the key
    known = ledger.byIdempotencyKey(key);
    if (known.isPresent()) {
      inFlight.remove(key, mine);
      mine.complete(repeated(known.get()));
      return mine;
    }
    write(submission, key)
        .whenComplete(
            (accepted, failure) -> {
              inFlight.remove(key, mine);
              if (failure != null) {
                mine.completeExceptionally(failure);
              } else {
                mine.complete(accepted);
              }
            });
    return mine;
  }

  private CompletableFuture<Accepted> write(Submission s, String key) {
    Instant now = clock.instant();
    Location location = s.location();
    LedgerEntry entry =
        new LedgerEntry(
            key,
            ids.next(),
            codes.next(),
            s.channel().name(),
            now.toEpochMilli(),
            s.serviceCode(),
            location == null ? null : location.getLat(),
            location == null ? null : location.getLon(),
            location == null ? null : location.getAddress(),
            s.reporter().confidential());
    try {
      return committer
          .submit(events.records(s, entry), ackTimeout)
          .thenApply(
              committed -> {
                ledger.remember(entry);
                return new Accepted(entry.complaintId(), entry.trackingCode(), now, false);
              });
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static Accepted repeated(LedgerEntry entry) {
    return new Accepted(entry.complaintId(), entry.trackingCode(), Instant.ofEpochMilli(entry.receivedAt()), true);
  }

  public IntakeLedger ledger() {
    return ledger;
  }
}
