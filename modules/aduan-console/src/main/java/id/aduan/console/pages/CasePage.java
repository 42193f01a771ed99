package id.aduan.console.pages;

import static id.aduan.console.pages.Html.escape;

import id.aduan.console.act.UnitAction;
import id.aduan.console.auth.Principal;
import id.aduan.event.CaseState;
import id.aduan.event.StatusChange;
import id.aduan.event.Unit;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** One case: what it is about, its deadlines and history, and the actions its unit (or an admin) may take. */
public final class CasePage {
  /** What the page needs besides the case. */
  public record View(
      CaseState state,
      boolean textVisible,
      boolean duplicateVisible,
      List<Unit> units,
      Collection<String> categories,
      String pendingUpdateId,
      String notice,
      String error) {}

  private CasePage() {}

  public static String render(Messages m, Principal who, String csrf, View v, Instant now) {
    CaseState s = v.state();
    boolean pending = v.pendingUpdateId() != null && !applied(s, v.pendingUpdateId());
    StringBuilder body = new StringBuilder();
    if (v.error() != null) {
      body.append("<p class=\"error\" role=\"alert\">").append(escape(v.error())).append("</p>");
    }
    if (pending) {
      body.append("<p class=\"notice\" role=\"status\">").append(escape(m.get("pending"))).append(" <a href=\"")
          .append(escape(m.link("/kasus/" + s.getComplaintId() + "?pending=" + v.pendingUpdateId()))).append("\">")
          .append(escape(m.get("reload"))).append("</a></p>");
    } else if (v.pendingUpdateId() != null) {
      body.append("<p class=\"notice\" role=\"status\">").append(escape(m.get("applied"))).append("</p>");
    }
    if (v.notice() != null) {
      body.append("<p class=\"notice\" role=\"status\">").append(escape(v.notice())).append("</p>");
    }
    body.append("<dl>");
    item(body, m.get("status"), m.status(s.getStatus().name()));
    item(body, m.get("unit"), s.getUnitName() != null ? s.getUnitName() + " (" + s.getUnitId() + ")" : s.getUnitId());
    item(body, m.get("category"), s.getCategory());
    item(body, m.get("urgency"), s.getUrgency().name());
    item(body, m.get("channel"), s.getChannel().name());
    item(body, m.get("received"), Html.time(s.getReceivedAt()) + " (" + Html.duration(m, Duration.between(s.getReceivedAt(), now)) + ")");
    item(body, m.get("first.response.due"), Html.time(s.getFirstResponseDue()) + (s.getFirstResponseOverdue() ? " — " + m.get("overdue") : ""));
    item(body, m.get("resolution.due"), Html.time(s.getResolutionDue()) + (s.getResolutionOverdue() ? " — " + m.get("overdue") : ""));
    body.append("<dt>").append(escape(m.get("time.left"))).append("</dt><dd>")
        .append(InboxPage.timeLeft(m, s, now, "span")).append("</dd>");
    if (s.getDuplicateOf() != null) {
      body.append("<dt>").append(escape(m.get("duplicate.of"))).append("</dt><dd>")
          .append(v.duplicateVisible()
              ? "<a href=\"" + escape(m.link("/kasus/" + s.getDuplicateOf())) + "\">" + escape(s.getDuplicateOf()) + "</a>"
              : escape(s.getDuplicateOf()))
          .append("</dd>");
    }
    item(body, m.get("title"), s.getMaskedTitle());
    item(body, m.get("address"), s.getMaskedAddress());
    body.append("</dl><h2>").append(escape(m.get("text"))).append("</h2>");
    body.append(v.textVisible()
        ? "<p style=\"white-space:pre-wrap\">" + escape(s.getMaskedText()) + "</p>"
        : "<p class=\"notice\">" + escape(m.get("text.confidential")) + "</p>");
    history(body, m, s);
    if (who.ofUnit(s.getUnitId() == null ? "" : s.getUnitId())) {
      unitActions(body, m, csrf, v);
    } else if (who.admin() && s.getUnitId() != null) {
      correction(body, m, csrf, v);
    }
    return Html.page(m, m.get("case") + " " + s.getComplaintId(), who, csrf, body.toString(), pending ? 3 : 0);
  }

  /** Whether the tracker applied the update: it is in the case's history. */
  public static boolean applied(CaseState s, String updateId) {
    return s.getHistory().stream().anyMatch(c -> updateId.equals(c.getUpdateId()));
  }

  private static void history(StringBuilder body, Messages m, CaseState s) {
    body.append("<h2>").append(escape(m.get("history"))).append("</h2><table><thead><tr><th scope=\"col\">")
        .append(escape(m.get("when"))).append("</th><th scope=\"col\">").append(escape(m.get("status")))
        .append("</th><th scope=\"col\">").append(escape(m.get("unit"))).append("</th><th scope=\"col\">")
        .append(escape(m.get("actor"))).append("</th><th scope=\"col\">").append(escape(m.get("note")))
        .append("</th></tr></thead><tbody>");
    for (StatusChange c : s.getHistory()) {
      body.append("<tr><td>").append(escape(Html.time(c.getAt()))).append("</td><td>")
          .append(escape(m.status(c.getStatus().name()))).append("</td><td>").append(escape(c.getUnitId()))
          .append("</td><td>").append(escape(c.getActor())).append("</td><td>").append(escape(c.getNote()))
          .append("</td></tr>");
    }
    body.append("</tbody></table>");
  }

  private static void unitActions(StringBuilder body, Messages m, String csrf, View v) {
    CaseState s = v.state();
    StringBuilder forms = new StringBuilder();
    for (UnitAction action : UnitAction.values()) {
      if (!action.allowedFrom(s.getStatus())) {
        continue;
      }
      String a = action.formValue();
      forms.append("<form method=\"post\" action=\"/kasus/").append(escape(s.getComplaintId())).append("/tindakan\"><fieldset><legend>")
          .append(escape(m.get("action." + a))).append("</legend>").append(Html.formGuard(m, csrf))
          .append(Html.hidden("action", a));
      if (action == UnitAction.TRANSFER) {
        forms.append("<label for=\"target-").append(a).append("\">").append(escape(m.get("target.unit")))
            .append("</label><select id=\"target-").append(a).append("\" name=\"targetUnitId\" required>");
        for (Unit u : v.units()) {
          if (!u.getUnitId().equals(s.getUnitId())) {
            forms.append(InboxPage.option(u.getUnitId(), u.getName() + " (" + u.getUnitId() + ")", null));
          }
        }
        forms.append("</select>");
      } else if (action != UnitAction.ACKNOWLEDGE) {
        String label = action == UnitAction.REJECT ? "reason" : "public.note";
        forms.append("<label for=\"note-").append(a).append("\">").append(escape(m.get(label))).append("</label><textarea id=\"note-")
            .append(a).append("\" name=\"note\" rows=\"3\" maxlength=\"").append(UnitAction.MAX_NOTE).append("\"")
            .append(action.noteRequired() ? " required" : "").append("></textarea>");
      }
      forms.append("<label for=\"internal-").append(a).append("\">").append(escape(m.get("internal.note")))
          .append("</label><textarea id=\"internal-").append(a).append("\" name=\"internalNote\" rows=\"2\" maxlength=\"")
          .append(UnitAction.MAX_NOTE).append("\"></textarea><button type=\"submit\">").append(escape(m.get("send")))
          .append("</button></fieldset></form>");
    }
    if (!forms.isEmpty()) {
      body.append("<h2>").append(escape(m.get("actions"))).append("</h2>").append(forms);
    }
  }

  private static void correction(StringBuilder body, Messages m, String csrf, View v) {
    CaseState s = v.state();
    body.append("<h2>").append(escape(m.get("correct.category"))).append("</h2><form method=\"post\" action=\"/kasus/")
        .append(escape(s.getComplaintId())).append("/kategori\">").append(Html.formGuard(m, csrf))
        .append("<label for=\"corrected-category\">").append(escape(m.get("corrected.category")))
        .append("</label><select id=\"corrected-category\" name=\"category\" required>");
    for (String c : v.categories()) {
      body.append(InboxPage.option(c, c, s.getCategory()));
    }
    body.append("</select><label for=\"corrected-unit\">").append(escape(m.get("target.unit")))
        .append("</label><select id=\"corrected-unit\" name=\"targetUnitId\">")
        .append(InboxPage.option("", m.get("same.unit"), ""));
    for (Unit u : v.units()) {
      if (!u.getUnitId().equals(s.getUnitId())) {
        body.append(InboxPage.option(u.getUnitId(), u.getName() + " (" + u.getUnitId() + ")", null));
      }
    }
    body.append("</select><button type=\"submit\">").append(escape(m.get("send"))).append("</button></form>");
  }

  private static void item(StringBuilder body, String term, String value) {
    body.append("<dt>").append(escape(term)).append("</dt><dd>").append(escape(value == null ? "—" : value)).append("</dd>");
  }
}
