package id.aduan.intake.survey;

import id.aduan.event.Channel;
import id.aduan.intake.idempotency.LedgerEntry;
import id.aduan.intake.problem.ProblemException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * The survey by SMS reply: {@code SKM <kode lacak> <nilai>}, where the scores are nine numbers 1–4 in the
 * order of the regulation ({@code SKM 7K3QX-9MZ2A 4 4 3 4 4 4 3 4 4}, also written together as
 * {@code 443444344}) or a single number given to all nine elements ({@code SKM 7K3QX-9MZ2A 4}). Spaces,
 * commas and {@code #} separate the parts, the code may be typed with a space instead of the dash, and the
 * keyword is case-blind. Every message starting with the keyword is a survey answer, never a complaint; the
 * citizen always gets a reply saying what happened (recorded, not yet possible, already rated, unknown
 * code, or how to write it).
 */
public final class SmsSurvey {
  public static final String KEYWORD = "SKM";
  static final String HELP = "Format: SKM <kode lacak> <9 nilai 1-4>, contoh: SKM 7K3QX-9MZ2A 4 4 3 4 4 4 3 4 4, "
      + "atau satu nilai untuk semua: SKM 7K3QX-9MZ2A 4. Nilai: 1 tidak baik, 2 kurang baik, 3 baik, 4 sangat baik.";

  /** What a survey SMS says: the tracking code as typed and the nine scores (null when unreadable). */
  record Parsed(String code, List<Integer> scores) {}

  private final Function<String, Optional<LedgerEntry>> complaints;
  private final SurveyIntake surveys;

  public SmsSurvey(Function<String, Optional<LedgerEntry>> complaints, SurveyIntake surveys) {
    this.complaints = complaints;
    this.surveys = surveys;
  }

  /** Whether the message is a survey answer: it starts with the keyword as a word of its own. */
  public static boolean isSurvey(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    return t.startsWith(KEYWORD) && (t.length() == KEYWORD.length() || !Character.isLetterOrDigit(t.charAt(KEYWORD.length())));
  }

  static Parsed parse(String text) {
    List<String> tokens = new ArrayList<>(Arrays.asList(text.strip().split("[\\s,;#]+")));
    tokens.remove(0);
    List<Integer> scores = new ArrayList<>();
    if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).matches("[0-9]{9}")) {
      tokens.remove(tokens.size() - 1).chars().forEach(c -> scores.add(c - '0'));
    } else {
      while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).matches("[0-9]")) {
        scores.add(Integer.parseInt(tokens.remove(tokens.size() - 1)));
      }
      Collections.reverse(scores);
    }
    if (scores.size() == 1) {
      scores.addAll(Collections.nCopies(SkmElement.values().length - 1, scores.get(0)));
    }
    boolean valid = scores.size() == SkmElement.values().length && scores.stream().allMatch(SkmElement::valid);
    return new Parsed(tokens.isEmpty() ? null : String.join("", tokens), valid ? scores : null);
  }

  /** The reply to a survey SMS, once the answer is recorded or refused. */
  public CompletionStage<String> answer(String text, String messageId) {
    Parsed parsed = parse(text);
    if (parsed.code() == null || parsed.scores() == null) {
      return CompletableFuture.completedFuture(HELP);
    }
    Optional<LedgerEntry> entry = complaints.apply(parsed.code());
    if (entry.isEmpty()) {
      return CompletableFuture.completedFuture("Kode lacak " + abbreviate(parsed.code()) + " tidak ditemukan. " + HELP);
    }
    String code = entry.get().trackingCode();
    try {
      return surveys.submit(entry.get(), new SurveyAnswer(parsed.scores(), null, Channel.SMS, messageId == null ? null : "sms:" + messageId))
          .thenApply(r -> "Terima kasih, penilaian Anda untuk pengaduan " + code + " sudah kami terima.")
          .exceptionally(failure -> refusal(code, failure));
    } catch (ProblemException e) {
      return CompletableFuture.completedFuture(refusal(code, e));
    }
  }

  private static String refusal(String code, Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    if (cause instanceof ProblemException p && SurveyIntake.ANSWERED.equals(p.problem().type())) {
      return "Penilaian untuk pengaduan " + code + " sudah pernah kami terima. Terima kasih.";
    }
    if (cause instanceof ProblemException p && SurveyIntake.NOT_OPEN.equals(p.problem().type())) {
      return "Penilaian untuk pengaduan " + code + " baru bisa diberikan setelah pengaduan selesai ditangani.";
    }
    throw cause instanceof RuntimeException r ? new CompletionException(r) : new CompletionException(cause);
  }

  private static String abbreviate(String s) {
    return s.length() <= 20 ? s : s.substring(0, 20) + "…";
  }
}
