package id.aduan.console.pages;

import static id.aduan.console.pages.Html.escape;

import id.aduan.console.auth.Principal;
import id.aduan.console.read.CaseBook;
import id.aduan.event.CaseState;
import id.aduan.event.CategoryScore;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The triage desk: complaints the router could not route, each with a form to route it by hand. */
public final class TriagePage {
  private TriagePage() {}

  public static String render(Messages m, Principal who, String csrf, List<CaseBook.TriageItem> queue,
      Collection<String> categories, List<Unit> units, String notice, Instant now) {
    StringBuilder body = new StringBuilder();
    if (notice != null) {
      body.append("<p class=\"notice\" role=\"status\">").append(escape(notice)).append("</p>");
    }
    if (queue.isEmpty()) {
      body.append("<p>").append(escape(m.get("no.triage"))).append("</p>");
    }
    for (CaseBook.TriageItem item : queue) {
      CaseState s = item.state();
      ComplaintClassified c = item.complaint();
      String id = s.getComplaintId();
      body.append("<section aria-labelledby=\"h-").append(escape(id)).append("\"><h2 id=\"h-").append(escape(id)).append("\">")
          .append(escape(id)).append("</h2><dl><dt>").append(escape(m.get("received"))).append("</dt><dd>")
          .append(escape(Html.time(s.getReceivedAt()) + " (" + Html.duration(m, Duration.between(s.getReceivedAt(), now)) + ")"))
          .append("</dd><dt>").append(escape(m.get("title"))).append("</dt><dd>").append(escape(s.getMaskedTitle()))
          .append("</dd><dt>").append(escape(m.get("text"))).append("</dt><dd style=\"white-space:pre-wrap\">")
          .append(escape(s.getConfidential() ? m.get("text.confidential") : s.getMaskedText())).append("</dd><dt>")
          .append(escape(m.get("candidates"))).append("</dt><dd>").append(escape(c == null ? s.getCategory() : candidates(c)))
          .append("</dd><dt>").append(escape(m.get("urgency"))).append("</dt><dd>").append(escape(s.getUrgency().name()))
          .append(c == null || c.getUrgencyReason() == null ? "" : " — " + escape(c.getUrgencyReason())).append("</dd></dl>")
          .append("<form method=\"post\" action=\"/triase/").append(escape(id)).append("\">").append(Html.formGuard(m, csrf))
          .append("<label for=\"category-").append(escape(id)).append("\">").append(escape(m.get("category")))
          .append("</label><select id=\"category-").append(escape(id)).append("\" name=\"category\" required>");
      for (String category : choices(s, c, categories)) {
        body.append(InboxPage.option(category, category, s.getCategory()));
      }
      body.append("</select><label for=\"unit-").append(escape(id)).append("\">").append(escape(m.get("target.unit")))
          .append("</label><select id=\"unit-").append(escape(id)).append("\" name=\"targetUnitId\" required>");
      for (Unit u : units) {
        body.append(InboxPage.option(u.getUnitId(), u.getName() + " (" + u.getUnitId() + ")", null));
      }
      body.append("</select><button type=\"submit\">").append(escape(m.get("route"))).append("</button></form></section>");
    }
    return Html.page(m, m.get("triage"), who, csrf, body.toString(), 0);
  }

  /** The case's category and the classifier's candidates first, then every other known category. */
  private static List<String> choices(CaseState state, ComplaintClassified c, Collection<String> categories) {
    Set<String> all = new LinkedHashSet<>();
    if (state.getCategory() != null) {
      all.add(state.getCategory());
    }
    if (c != null) {
      c.getCandidates().forEach(s -> all.add(s.getCategory()));
    }
    all.addAll(categories);
    return new ArrayList<>(all);
  }

  private static String candidates(ComplaintClassified c) {
    List<String> parts = new ArrayList<>();
    parts.add(c.getCategory() + " " + String.format(Locale.ROOT, "%.2f", c.getConfidence()));
    for (CategoryScore s : c.getCandidates()) {
      if (!s.getCategory().equals(c.getCategory())) {
        parts.add(s.getCategory() + " " + String.format(Locale.ROOT, "%.2f", s.getConfidence()));
      }
    }
    return String.join(", ", parts);
  }
}
