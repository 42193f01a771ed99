package id.aduan.intake.status;

import id.aduan.event.CaseStatus;
import id.aduan.event.CaseUpdate;
import id.aduan.event.Channel;
import id.aduan.events.topic.Topic;
import id.aduan.intake.idempotency.LedgerEntry;
import id.aduan.intake.ids.ComplaintIds;
import id.aduan.intake.problem.Problem;
import id.aduan.intake.problem.ProblemException;
import id.aduan.intake.produce.AvroRecords;
import id.aduan.intake.produce.TransactionalCommitter;
import id.aduan.text.pii.PiiMasker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The citizen's "masalah belum selesai": a resolved case reopened from the tracking page, published as a
 * {@link CaseUpdate} with status REOPENED and actor {@value #ACTOR} to {@code cases.updates} in a
 * transaction of intake's committer. Only a RESOLVED case can be reopened; the tracker closes a resolved
 * case when its reopen window ends (and refuses a reopen arriving later), so the window is the tracker's
 * alone. This instance remembers the reopen it wrote for each resolution (the time it was resolved), so a
 * second press before the tracker's new state arrives does not publish again.
 */
public final class CaseReopen {
  public static final String ACTOR = "citizen";
  public static final String NOT_REOPENABLE = "urn:aduan:problem:not-reopenable";
  public static final int MAX_REASON = 1000;

  private final Topic<String, CaseUpdate> topic;
  private final OncePerCase<String> reopens;
  private final StatusSource statuses;
  private final Clock clock;
  private final ComplaintIds updateIds;
  private final PiiMasker masker = new PiiMasker();

  public CaseReopen(
      Topic<String, CaseUpdate> topic, TransactionalCommitter committer, StatusSource statuses, Clock clock, Duration ackTimeout) {
    this.topic = topic;
    this.reopens = new OncePerCase<>(committer, ackTimeout);
    this.statuses = statuses;
    this.clock = clock;
    this.updateIds = new ComplaintIds(clock);
  }

  /** Whether the tracking page offers to reopen: resolved, and not reopened by this instance already. */
  public boolean open(LedgerEntry entry) {
    CaseView view = statuses.viewOf(entry);
    return statuses.loaded() && view.status() == ComplaintStatus.RESOLVED && !reopens.taken(entry.complaintId(), view.resolvedAt());
  }

  /**
   * Publishes the reopen; the future gives the update id once committed. 409 when the case is not resolved
   * or already reopened, 503 while case states are loading or the broker does not take it.
   */
  public CompletableFuture<String> reopen(LedgerEntry entry, String reason, String idempotencyKey) {
    statuses.requireLoaded();
    CaseView view = statuses.viewOf(entry);
    if (view.status() != ComplaintStatus.RESOLVED) {
      throw notReopenable("only a resolved complaint can be reopened; its status is " + view.status().wireName());
    }
    return reopens.once(entry.complaintId(), view.resolvedAt(), idempotencyKey,
        () -> notReopenable("the complaint was already reopened"), updateId -> updateId, () -> {
          String updateId = updateIds.next();
          CaseUpdate update = CaseUpdate.newBuilder()
              .setComplaintId(entry.complaintId())
              .setEventTime(clock.instant())
              .setUpdateId(updateId)
              .setUnitId(view.unitId() == null ? "" : view.unitId())
              .setStatus(CaseStatus.REOPENED)
              .setActor(ACTOR)
              .setChannel(Channel.WEB)
              .setNote(reason == null ? null : masker.mask(reason).text())
              .build();
          return new OncePerCase.Action<>(AvroRecords.record(topic, entry.complaintId(), update), updateId);
        });
  }

  private static ProblemException notReopenable(String detail) {
    return new ProblemException(new Problem(409, NOT_REOPENABLE, "Conflict", detail, List.of(), null));
  }
}
