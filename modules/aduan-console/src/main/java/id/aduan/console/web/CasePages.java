package id.aduan.console.web;

import id.aduan.console.act.CaseActions;
import id.aduan.console.act.CasePublisher.PublishException;
import id.aduan.console.act.Refused;
import id.aduan.console.act.UnitAction;
import id.aduan.console.auth.Principal;
import id.aduan.console.auth.Sessions.Session;
import id.aduan.console.pages.CasePage;
import id.aduan.console.pages.Html;
import id.aduan.console.pages.InboxPage;
import id.aduan.console.pages.Messages;
import id.aduan.console.pages.TriagePage;
import id.aduan.console.read.CaseBook;
import id.aduan.console.read.Inbox;
import id.aduan.event.CaseState;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The inbox, the case page with the unit's actions, and the triage desk. Every case is looked up through
 * {@link CaseBook#visibleCase}, so a unit that asks for another unit's case by id gets 404 whatever the
 * route.
 */
public final class CasePages {
  private final CaseBook book;
  private final CaseActions actions;
  private final Clock clock;

  public CasePages(CaseBook book, CaseActions actions, Clock clock) {
    this.book = book;
    this.actions = actions;
    this.clock = clock;
  }

  public void addTo(Router router, SignIn signIn) {
    router.get("/", (r, p) -> WebResponse.redirect(Messages.of(r.english()).link("/kotak-masuk")));
    router.get("/kotak-masuk", signIn.guarded(this::inbox));
    router.get("/kasus/{id}", signIn.guarded(this::showCase));
    router.post("/kasus/{id}/tindakan", signIn.guarded(this::act));
    router.post("/kasus/{id}/kategori", signIn.guarded(this::correct));
    router.get("/triase", signIn.guarded(this::triage));
    router.post("/triase/{id}", signIn.guarded(this::route));
  }

  private WebResponse inbox(WebRequest r, Map<String, String> p, Session s) {
    Messages m = Messages.of(r.english());
    Inbox.Filter filter = Inbox.Filter.of(r.queryParam("status"), r.queryParam("category"), r.queryParam("q"));
    var cases = Inbox.list(s.principal(), book.visibleCases(s.principal()), filter, clock.instant());
    return WebResponse.html(200, InboxPage.render(m, s.principal(), s.csrfToken(), filter, book.categories(), cases, clock.instant()));
  }

  private WebResponse showCase(WebRequest r, Map<String, String> p, Session s) {
    return casePage(r, s, p.get("id"), r.queryParam("pending"), null, 200);
  }

  private WebResponse casePage(WebRequest r, Session s, String id, String pending, String error, int status) {
    Principal who = s.principal();
    CaseState state = book.visibleCase(who, id).orElse(null);
    if (state == null) {
      return notFound(r, s, id);
    }
    boolean duplicateVisible = state.getDuplicateOf() != null && book.visibleCase(who, state.getDuplicateOf()).isPresent();
    CasePage.View view = new CasePage.View(state, CaseBook.textVisible(who, state), duplicateVisible, book.units(),
        book.categories(), pending, r.queryParam("labelled") != null ? Messages.of(r.english()).get("label.only") : null, error);
    return WebResponse.html(status, CasePage.render(Messages.of(r.english()), who, s.csrfToken(), view, clock.instant()));
  }

  private WebResponse act(WebRequest r, Map<String, String> p, Session s) {
    String id = p.get("id");
    UnitAction action = UnitAction.fromForm(r.formParam("action")).orElse(null);
    if (action == null) {
      return decided(r, s, id, () -> {
        throw new Refused(400, "Unknown action " + r.formParam("action"));
      });
    }
    WebResponse answer = decided(r, s, id, () -> actions.act(s.principal(), id, action, r.formParam("note"),
        r.formParam("internalNote"), r.formParam("targetUnitId")));
    if (action == UnitAction.TRANSFER && answer.status() == 303) {
      // the case leaves this unit: once applied, its page is no longer this unit's to see
      return WebResponse.redirect(Messages.of(r.english()).link("/kotak-masuk"));
    }
    return answer;
  }

  private WebResponse correct(WebRequest r, Map<String, String> p, Session s) {
    String id = p.get("id");
    return decided(r, s, id, () -> actions.correct(s.principal(), id, r.formParam("category"), r.formParam("targetUnitId")));
  }

  /**
   * After an action: to the case page waiting for the update (303, so a reload does not send it again), or
   * the case page with the reason it was refused.
   */
  private WebResponse decided(WebRequest r, Session s, String id, Supplier<String> decision) {
    Messages m = Messages.of(r.english());
    try {
      String updateId = decision.get();
      String page = "/kasus/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
          + (updateId == null ? "?labelled=1" : "?pending=" + updateId);
      return WebResponse.redirect(m.link(page));
    } catch (Refused refused) {
      if (refused.status() == 404) {
        return notFound(r, s, id);
      }
      return casePage(r, s, id, null, refused.getMessage(), refused.status());
    } catch (PublishException unavailable) {
      return casePage(r, s, id, null, unavailable.getMessage(), 503);
    }
  }

  private WebResponse triage(WebRequest r, Map<String, String> p, Session s) {
    return triagePage(r, s, r.queryParam("routed") != null ? Messages.of(r.english()).get("routed.sent") : null, 200);
  }

  private WebResponse triagePage(WebRequest r, Session s, String notice, int status) {
    if (!s.principal().admin()) {
      return SignIn.forbidden("The triage desk is for administrators");
    }
    Messages m = Messages.of(r.english());
    return WebResponse.html(status, TriagePage.render(m, s.principal(), s.csrfToken(), book.triageQueue(),
        book.categories(), book.units(), notice, clock.instant()));
  }

  private WebResponse route(WebRequest r, Map<String, String> p, Session s) {
    Messages m = Messages.of(r.english());
    try {
      actions.route(s.principal(), p.get("id"), r.formParam("category"), r.formParam("targetUnitId"));
      return WebResponse.redirect(m.link("/triase?routed=" + URLEncoder.encode(p.get("id"), StandardCharsets.UTF_8)));
    } catch (Refused refused) {
      if (refused.status() == 403) {
        return SignIn.forbidden(refused.getMessage());
      }
      return triagePage(r, s, refused.getMessage(), refused.status());
    } catch (PublishException unavailable) {
      return triagePage(r, s, unavailable.getMessage(), 503);
    }
  }

  private static WebResponse notFound(WebRequest r, Session s, String id) {
    Messages m = Messages.of(r.english());
    String body = "<p>" + Html.escape(m.get("no.cases")) + "</p>";
    return WebResponse.html(404, Html.page(m, m.get("case") + " " + id, s.principal(), s.csrfToken(), body, 0));
  }
}
