package id.aduan.intake.submit;

import id.aduan.event.Location;
import id.aduan.intake.idempotency.IntakeLedger;
import id.aduan.intake.idempotency.LedgerEntry;
import id.aduan.intake.idempotency.RequestFingerprints;
import id.aduan.intake.ids.ComplaintIds;
import id.aduan.intake.ids.TrackingCodes;
import id.aduan.intake.produce.EventFactory;
import id.aduan.intake.problem.Problem;
import id.aduan.intake.problem.ProblemException;
import id.aduan.intake.produce.TransactionalCommitter;
import io.micrometer.core.instrument.MeterRegistry;
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
  private final EventTimes eventTimes;
  private final RequestFingerprints fingerprints;
  private final ConcurrentHashMap<String, InFlight> inFlight = new ConcurrentHashMap<>();
  private final MeterRegistry registry;

  /** A first request still being written, with the fingerprint of its body (null if not compared). */
  private record InFlight(String fingerprint, CompletableFuture<Accepted> answer) {}

  public ComplaintIntake(IntakeLedger ledger, EventFactory events, TransactionalCommitter committer, Clock clock,
      Duration ackTimeout, EventTimes eventTimes, RequestFingerprints fingerprints, MeterRegistry registry) {
    this.registry = registry;
    this.ledger = ledger;
    this.events = events;
    this.committer = committer;
    this.clock = clock;
    this.ids = new ComplaintIds(clock);
    this.ackTimeout = ackTimeout;
    this.eventTimes = eventTimes;
    this.fingerprints = fingerprints;
  }

  /** Files a complaint whose repeats are recognised by their idempotency key alone. */
  public CompletableFuture<Accepted> submit(Submission submission) {
    return submit(submission, null);
  }

  /**
   * Files a complaint whose client chose its idempotency key: a repeat of the key with another
   * {@code requestBody} is not a retry, and is refused with 422 instead of answered with the first complaint.
   */
  public CompletableFuture<Accepted> submit(Submission submission, byte[] requestBody) {
    String key = submission.idempotencyKey();
    if (key == null) {
      return write(submission, null, null);
    }
    String fingerprint = fingerprints.of(requestBody);
    Optional<LedgerEntry> known = ledger.byIdempotencyKey(key);
    if (known.isPresent()) {
      return replay(known.get(), fingerprint);
    }
    InFlight mine = new InFlight(fingerprint, new CompletableFuture<>());
    InFlight earlier = inFlight.putIfAbsent(key, mine);
    if (earlier != null) {
      if (RequestFingerprints.differ(earlier.fingerprint(), fingerprint)) {
        return CompletableFuture.failedFuture(new ProblemException(Problem.idempotencyKeyReused()));
      }
      return earlier.answer().thenApply(a -> new Accepted(a.complaintId(), a.trackingCode(), a.receivedAt(), true));
    }
    // the first request may have finished between the ledger check and claiming the key
    known = ledger.byIdempotencyKey(key);
    if (known.isPresent()) {
      inFlight.remove(key, mine);
      return replay(known.get(), fingerprint);
    }
    CompletableFuture<Accepted> answer = mine.answer();
    write(submission, key, fingerprint)
        .whenComplete(
            (accepted, failure) -> {
              inFlight.remove(key, mine);
              if (failure != null) {
                answer.completeExceptionally(failure);
              } else {
                answer.complete(accepted);
              }
            });
    return answer;
  }

  private CompletableFuture<Accepted> write(Submission submitted, String key, String fingerprint) {
    Instant now = clock.instant();
    Submission s = eventTimes.plausible(submitted, now);
    Location location = s.location();
    LedgerEntry entry =
        LedgerEntry.of(
            key,
            ids.next(),
            codes.next(),
            s.channel().name(),
            now.toEpochMilli(),
            s.serviceCode(),
            location == null ? null : location.getLat(),
            location == null ? null : location.getLon(),
            location == null ? null : location.getAddress(),
            s.reporter().confidential(),
            fingerprint);
    try {
      return committer
          .submit(events.records(s, entry), ackTimeout)
          .thenApply(
              committed -> {
                ledger.remember(entry);
                registry.counter("aduan.intake.received", "channel", s.channel().name()).increment();
                return new Accepted(entry.complaintId(), entry.trackingCode(), now, false);
              });
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static CompletableFuture<Accepted> replay(LedgerEntry entry, String fingerprint) {
    if (RequestFingerprints.differ(entry.fingerprint(), fingerprint)) {
      return CompletableFuture.failedFuture(new ProblemException(Problem.idempotencyKeyReused()));
    }
    return CompletableFuture.completedFuture(
        new Accepted(entry.complaintId(), entry.trackingCode(), Instant.ofEpochMilli(entry.receivedAt()), true));
  }

  public IntakeLedger ledger() {
    return ledger;
  }
}
