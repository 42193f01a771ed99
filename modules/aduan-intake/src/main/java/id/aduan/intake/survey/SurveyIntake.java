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
import id.aduan.intake.status.OncePerCase;
import id.aduan.intake.status.StatusSource;
import id.aduan.intake.submit.Checks;
import id.aduan.text.pii.PiiMasker;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The one path every survey channel takes: check that the case may be rated (resolved or closed, not rated
 * yet), mask the comment, and write the {@link SurveyResponse} to {@code surveys.responses} in a Kafka
 * transaction of intake's committer, answering once the broker has it.
 *
 * <p>A case is rated once ({@link OncePerCase}): the tracker marks a rated case in {@code cases.state}, and
 * until that state arrives this instance remembers the answers it wrote.
 */
public final class SurveyIntake {
  public static final String NOT_OPEN = "urn:aduan:problem:survey-not-open";
  public static final String ANSWERED = "urn:aduan:problem:survey-answered";
  public static final int MAX_COMMENT = 1000;

  /** A case is rated once, whatever its later states: one version for all. */
  private static final Object ONCE = Boolean.TRUE;

  private final Topic<String, SurveyResponse> topic;
  private final OncePerCase<SurveyReceipt> answers;
  private final StatusSource statuses;
  private final Clock clock;
  private final ComplaintIds responseIds;
  private final PiiMasker masker = new PiiMasker();

  public SurveyIntake(
      Topic<String, SurveyResponse> topic, TransactionalCommitter committer, StatusSource statuses, Clock clock,
      Duration ackTimeout) {
    this.topic = topic;
    this.answers = new OncePerCase<>(committer, ackTimeout);
    this.statuses = statuses;
    this.clock = clock;
    this.responseIds = new ComplaintIds(clock);
  }

  /** Whether the case may be rated now, as the tracking page asks before showing the form. */
  public boolean open(LedgerEntry entry) {
    return statuses.loaded() && statuses.viewOf(entry).surveyOpen() && !answers.taken(entry.complaintId(), ONCE);
  }

  /** Whether this case was rated, by the tracker's word or by an answer this instance wrote. */
  public boolean answered(LedgerEntry entry) {
    return answers.taken(entry.complaintId(), ONCE) || statuses.viewOf(entry).surveyed();
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
    statuses.requireLoaded();
    return answers.once(entry.complaintId(), ONCE, answer.idempotencyKey(), SurveyIntake::alreadyAnswered,
        r -> new SurveyReceipt(r.responseId(), r.complaintId(), true),
        () -> {
          CaseView view = statuses.viewOf(entry);
          if (view.surveyed()) {
            throw alreadyAnswered();
          }
          if (!view.status().surveyable()) {
            throw new ProblemException(new Problem(409, NOT_OPEN, "Conflict",
                "The service can be rated once the complaint is resolved; its status is " + view.status().wireName(), List.of(), null));
          }
          String responseId = responseIds.next();
          return new OncePerCase.Action<>(record(entry, answer, view, responseId), new SurveyReceipt(responseId, entry.complaintId(), false));
        });
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
