package id.aduan.console.read;

import id.aduan.console.auth.Principal;
import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The inbox: which cases a list shows and in which order. Open cases by default; overdue ones first, then
 * the least time left on the deadline that runs now (first response until the unit answered, resolution
 * after), then the oldest.
 */
public final class Inbox {
  public static final Set<CaseStatus> OPEN = EnumSet.of(CaseStatus.ROUTED, CaseStatus.TRANSFERRED,
      CaseStatus.ACKNOWLEDGED, CaseStatus.IN_PROGRESS, CaseStatus.REOPENED);

  /** What the list asks for; null or blank means "any". {@code status} "all" shows closed cases too. */
  public record Filter(String status, String category, String search) {
    public static Filter of(String status, String category, String search) {
      return new Filter(blankToNull(status), blankToNull(category), blankToNull(search));
    }

    boolean accepts(Principal who, CaseState s) {
      if (status == null ? !OPEN.contains(s.getStatus()) : !status.equals("all") && !s.getStatus().name().equals(status)) {
        return false;
      }
      if (category != null && !category.equals(s.getCategory())) {
        return false;
      }
      return search == null || matches(who, s, search.toLowerCase(Locale.ROOT));
    }

    private static boolean matches(Principal who, CaseState s, String needle) {
      return contains(s.getComplaintId(), needle) || contains(s.getMaskedTitle(), needle)
          || contains(s.getMaskedAddress(), needle)
          || CaseBook.textVisible(who, s) && contains(s.getMaskedText(), needle);
    }

    private static boolean contains(String haystack, String needle) {
      return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.trim();
    }
  }

  private Inbox() {}

  public static List<CaseState> list(Principal who, Stream<CaseState> cases, Filter filter, Instant now) {
    return cases.filter(s -> filter.accepts(who, s))
        .sorted(Comparator.comparing((CaseState s) -> !overdue(s, now))
            .thenComparing(s -> nextDue(s) == null ? Instant.MAX : nextDue(s))
            .thenComparing(CaseState::getReceivedAt))
        .toList();
  }

  /** The deadline that runs now: first response until the unit answered, then resolution; null if none. */
  public static Instant nextDue(CaseState s) {
    if (!OPEN.contains(s.getStatus())) {
      return null;
    }
    return s.getFirstResponseAt() == null && s.getFirstResponseDue() != null ? s.getFirstResponseDue() : s.getResolutionDue();
  }

  public static boolean overdue(CaseState s, Instant now) {
    Instant due = nextDue(s);
    return OPEN.contains(s.getStatus())
        && (s.getFirstResponseOverdue() && s.getFirstResponseAt() == null || s.getResolutionOverdue()
            || due != null && due.isBefore(now));
  }

  /** Time left on {@link #nextDue}; negative when overdue, null when no deadline runs. */
  public static Duration timeLeft(CaseState s, Instant now) {
    Instant due = nextDue(s);
    return due == null ? null : Duration.between(now, due);
  }
}
