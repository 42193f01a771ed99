package id.aduan.console.pages;

import static id.aduan.console.pages.Html.escape;

import id.aduan.console.auth.Principal;
import id.aduan.console.read.Inbox;
import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The list of cases with its filter form. */
public final class InboxPage {
  private InboxPage() {}

  public static String render(Messages m, Principal who, String csrf, Inbox.Filter filter, Collection<String> categories,
      List<CaseState> cases, Instant now) {
    StringBuilder body = new StringBuilder();
    body.append("<form method=\"get\" action=\"/kotak-masuk\" role=\"search\">")
        .append(m.english() ? Html.hidden("lang", "en") : "")
        .append("<label for=\"status\">").append(escape(m.get("status"))).append("</label><select id=\"status\" name=\"status\">")
        .append(option("", m.get("status.open"), filter.status()))
        .append(option("all", m.get("status.all"), filter.status()));
    for (CaseStatus s : CaseStatus.values()) {
      body.append(option(s.name(), m.status(s.name()), filter.status()));
    }
    body.append("</select><label for=\"category\">").append(escape(m.get("category")))
        .append("</label><select id=\"category\" name=\"category\">")
        .append(option("", m.get("category.any"), filter.category()));
    for (String c : categories) {
      body.append(option(c, c, filter.category()));
    }
    body.append("</select><label for=\"q\">").append(escape(m.get("search"))).append("</label>")
        .append("<input type=\"search\" id=\"q\" name=\"q\" value=\"").append(escape(filter.search())).append("\">")
        .append("<button type=\"submit\">").append(escape(m.get("filter"))).append("</button></form>");
    if (cases.isEmpty()) {
      body.append("<p>").append(escape(m.get("no.cases"))).append("</p>");
    } else {
      body.append("<table><thead><tr><th scope=\"col\">").append(escape(m.get("case"))).append("</th><th scope=\"col\">")
          .append(escape(m.get("title"))).append("</th>")
          .append(who.admin() ? "<th scope=\"col\">" + escape(m.get("unit")) + "</th>" : "")
          .append("<th scope=\"col\">").append(escape(m.get("category"))).append("</th><th scope=\"col\">")
          .append(escape(m.get("urgency"))).append("</th><th scope=\"col\">").append(escape(m.get("status")))
          .append("</th><th scope=\"col\">").append(escape(m.get("age"))).append("</th><th scope=\"col\">")
          .append(escape(m.get("time.left"))).append("</th></tr></thead><tbody>");
      for (CaseState s : cases) {
        body.append("<tr><td><a href=\"").append(escape(m.link("/kasus/" + s.getComplaintId()))).append("\">")
            .append(escape(s.getComplaintId())).append("</a></td><td>").append(escape(s.getMaskedTitle())).append("</td>")
            .append(who.admin() ? "<td>" + escape(s.getUnitId()) + "</td>" : "")
            .append("<td>").append(escape(s.getCategory())).append("</td><td>").append(escape(s.getUrgency().name()))
            .append("</td><td>").append(escape(m.status(s.getStatus().name()))).append("</td><td>")
            .append(escape(Html.duration(m, Duration.between(s.getReceivedAt(), now)))).append("</td>")
            .append(timeLeft(m, s, now, "td")).append("</tr>");
      }
      body.append("</tbody></table>");
    }
    return Html.page(m, m.get("inbox"), who, csrf, body.toString(), 0);
  }

  /** The SLA time left as an element of the given tag, marked when overdue. */
  static String timeLeft(Messages m, CaseState s, Instant now, String tag) {
    Duration left = Inbox.timeLeft(s, now);
    if (Inbox.overdue(s, now)) {
      String by = left != null && left.isNegative() ? m.format("overdue.by", Html.duration(m, left)) : m.get("overdue");
      return "<" + tag + " class=\"overdue\">" + escape(by) + "</" + tag + ">";
    }
    return "<" + tag + ">" + escape(left == null ? m.get("none") : Html.duration(m, left)) + "</" + tag + ">";
  }

  static String option(String value, String text, String selected) {
    boolean on = value.equals(selected == null ? "" : selected);
    return "<option value=\"" + escape(value) + "\"" + (on ? " selected" : "") + ">" + escape(text) + "</option>";
  }
}
