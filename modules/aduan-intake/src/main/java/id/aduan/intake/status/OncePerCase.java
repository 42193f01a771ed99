package id.aduan.intake.status;

import id.aduan.intake.problem.ProblemException;
import id.aduan.intake.produce.TransactionalCommitter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A citizen's action that a case takes once per version (a survey answer per case, a reopen per
 * resolution), written as one record through intake's committer. The tracker's next state says the action
 * happened, but it arrives later: until then this instance remembers what it wrote, so a second action is
 * refused at once, while the same request sent again (same idempotency key) gets the first result.
 * A claim whose commit failed is dropped, so the citizen can try again.
 *
 * @param <T> what the caller answers once the record is committed
 */
public final class OncePerCase<T> {
  /** The record to write and what to answer once it is committed. */
  public record Action<T>(ProducerRecord<byte[], byte[]> record, T result) {}

  private record Claim<T>(Object version, String idempotencyKey, CompletableFuture<T> result) {}

  private final ConcurrentHashMap<String, Claim<T>> claims = new ConcurrentHashMap<>();
  private final TransactionalCommitter committer;
  private final Duration ackTimeout;

  public OncePerCase(TransactionalCommitter committer, Duration ackTimeout) {
    this.committer = committer;
    this.ackTimeout = ackTimeout;
  }

  /** Whether this instance took the action on this version of the case. */
  public boolean taken(String complaintId, Object version) {
    Claim<T> claim = claims.get(complaintId);
    return claim != null && claim.version().equals(version);
  }

  /**
   * Writes the action unless this instance already took it on this version: then the same idempotency key
   * gets the earlier result ({@code repeated} applied), another key the {@code refusal}. {@code action} may
   * throw a problem to refuse after all; nothing is then remembered.
   */
  public CompletableFuture<T> once(String complaintId, Object version, String idempotencyKey, Supplier<ProblemException> refusal,
      UnaryOperator<T> repeated, Supplier<Action<T>> action) {
    CompletableFuture<T> mine = new CompletableFuture<>();
    Claim<T> claim = new Claim<>(version, idempotencyKey, mine);
    Claim<T> earlier = claims.compute(complaintId, (id, old) -> old != null && old.version().equals(version) ? old : claim);
    if (earlier != claim) {
      if (idempotencyKey != null && idempotencyKey.equals(earlier.idempotencyKey())) {
        return earlier.result().thenApply(repeated);
      }
      throw refusal.get();
    }
    try {
      Action<T> todo = action.get();
      committer.submit(List.of(todo.record()), ackTimeout).whenComplete((ok, failure) -> {
        if (failure != null) {
          claims.remove(complaintId, claim);
          mine.completeExceptionally(failure);
        } else {
          mine.complete(todo.result());
        }
      });
    } catch (RuntimeException e) {
      claims.remove(complaintId, claim);
      throw e;
    }
    return mine;
  }
}
