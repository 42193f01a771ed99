package id.aduan.intake.survey;

import id.aduan.event.SurveyResponse;
import id.aduan.events.topic.Topic;
import id.aduan.intake.idempotency.LedgerEntry;
import id.aduan.intake.ids.ComplaintIds;
import id.aduan.intake.problem.FieldError;
import id.aduan.intake.problem.Problem;
import id.aduan.intake.problem.ProblemException;
import id.aduan.intake.produce.AvroRecords;
import id.aduan.intake.produce.TransactionalCommitter;
import id.aduan.intake.status.CaseView;
import id.aduan.intake.status.StatusSource;
import id.aduan.intake.submit.Checks;
import id.aduan.text.pii.PiiMasker;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The one path every survey channel takes: check that the case may be rated (resolved or closed, not rated
 * yet), mask the comment, and write the {@link SurveyResponse} to {@code surveys.responses} in a Kafka
 * transaction of intake's committer, answering once the broker has it.
 *
 * <p>A case is rated once. The tracker marks a rated case in {@code cases.state}; until that state arrives,
 * this instance remembers the answers it wrote, so a second answer is refused at once. The same request
 * sent again (same form token, Idempotency-Key or SMS id) gets the first answer back instead.
 */
public final class SurveyIntake {
  public static final String NOT_OPEN = "urn:aduan:problem:survey-not-open";
  public static final String ANSWERED = "urn:aduan:problem:survey-answered";
  public static final int MAX_COMMENT = 1000;

  /** This instance's answer for a case, with the key of the request that gave it. */
  private record Claim(String idempotencyKey, CompletableFuture<SurveyReceipt> receipt) {}

  private final Topic<String, SurveyResponse> topic;
  private final TransactionalCommitter committer;
  private final StatusSource statuses;
  private final Clock clock;
  private final Duration ackTimeout;
  private final ComplaintIds responseIds;
  private final PiiMasker masker = new PiiMasker();
  private final ConcurrentHashMap<String, Claim> claims = new ConcurrentHashMap<>();

  public SurveyIntake(
      Topic<String, SurveyResponse> topic, TransactionalCommitter committer, StatusSource statuses, Clock clock,
      Duration ackTimeout) {
    this.topic = topic;
    this.committer = committer;
    this.statuses = statuses;
    this.clock = clock;
    this.ackTimeout = ackTimeout;
    this.responseIds = new ComplaintIds(clock);
  }

  /** Whether the case may be rated now, as the tracking page asks before showing the form. */
  public boolean open(LedgerEntry entry) {
    return statuses.loaded() && statuses.viewOf(entry).surveyOpen() && !claims.containsKey(entry.complaintId());
  }

  /** Whether this case was rated, by the tracker's word or by an answer this instance wrote. */
  public boolean answered(LedgerEntry entry) {
    return claims.containsKey(entry.complaintId()) || statuses.viewOf(entry).surveyed();
  }

  /** Checks a comment's length and characters; null when blank. */
  public static String comment(Checks checks, String field, String comment) {
    return checks.optionalText(field, comment, MAX_COMMENT);
  }

  /**
   * The nine scores, each read as text by {@code raw} (null when missing) and checked to be a whole number
   * from 1 to 4; every bad one is recorded under its element's field name.
   */
  public static List<Integer> scores(Checks checks, Function<SkmElement, String> raw) {
    List<Integer> scores = new ArrayList<>(SkmElement.values().length);
    for (SkmElement element : SkmElement.values()) {
      String text = raw.apply(element);
      Integer score = null;
      if (text != null && text.strip().matches("[0-9]{1,9}")) {
        score = Integer.parseInt(text.strip());
      }
      if (text == null || text.isBlank()) {
        checks.error(element.field(), "is required: a score from 1 (tidak baik / poor) to 4 (sangat baik / very good)");
      } else if (score == null || !SkmElement.valid(score)) {
        checks.error(element.field(), "must be a whole number from 1 (tidak baik / poor) to 4 (sangat baik / very good)");
      }
      scores.add(score);
    }
    return scores;
  }

  /**
   * Records the answer. Fails with a 409 problem when the case is not resolved or already rated, 503 while
   * the case states are still loading or the broker does not take it.
   */
  public CompletableFuture<SurveyReceipt> submit(LedgerEntry entry, SurveyAnswer answer) {
    if (!statuses.loaded()) {
      throw new ProblemException(Problem.unavailable("Case statuses are still loading; try again in a moment"));
    }
    String id = entry.complaintId();
    CompletableFuture<SurveyReceipt> mine = new CompletableFuture<>();
    Claim claim = new Claim(answer.idempotencyKey(), mine);
    Claim earlier = claims.putIfAbsent(id, claim);
    if (earlier != null) {
      if (answer.idempotencyKey() != null && answer.idempotencyKey().equals(earlier.idempotencyKey())) {
        return earlier.receipt().thenApply(r -> new SurveyReceipt(r.responseId(), r.complaintId(), true));
      }
      throw alreadyAnswered();
    }
    CaseView view = statuses.viewOf(entry);
    try {
      if (view.surveyed()) {
        throw alreadyAnswered();
      }
      if (!view.status().surveyable()) {
        throw new ProblemException(new Problem(409, NOT_OPEN, "Conflict",
            "The service can be rated once the complaint is resolved; its status is " + view.status().wireName(), List.of(), null));
      }
      String responseId = responseIds.next();
      committer.submit(List.of(record(entry, answer, view, responseId)), ackTimeout)
          .whenComplete((ok, failure) -> {
            if (failure != null) {
              claims.remove(id, claim);
              mine.completeExceptionally(failure);
            } else {
              mine.complete(new SurveyReceipt(responseId, id, false));
            }
          });
    } catch (RuntimeException e) {
      claims.remove(id, claim);
      throw e;
    }
    return mine;
  }

  private ProducerRecord<byte[], byte[]> record(LedgerEntry entry, SurveyAnswer answer, CaseView view, String responseId) {
    SurveyResponse response = SurveyResponse.newBuilder()
        .setComplaintId(entry.complaintId())
        .setEventTime(clock.instant())
        .setResponseId(responseId)
        .setUnitId(view.unitId())
        .setChannel(answer.channel())
        .setScores(SkmElement.scores(answer.scores()))
        .setComment(answer.comment() == null ? null : masker.mask(answer.comment()).text())
        .build();
    return AvroRecords.record(topic, entry.complaintId(), response);
  }

  private static ProblemException alreadyAnswered() {
    return new ProblemException(new Problem(409, ANSWERED, "Conflict",
        "The service was already rated for this complaint", List.<FieldError>of(), null));
  }
}
