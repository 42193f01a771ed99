package id.aduan.console.pages;

import static id.aduan.console.pages.Html.escape;

/** The sign-in form. */
public final class LoginPage {
  private LoginPage() {}

  /** {@code error} is shown above the form (already in the page's language); null for none. */
  public static String render(Messages m, String loginCsrf, String username, String error) {
    String body = (error == null ? "" : "<p class=\"error\" role=\"alert\">" + escape(error) + "</p>")
        + "<form method=\"post\" action=\"/masuk\">" + Html.formGuard(m, loginCsrf)
        + "<label for=\"username\">" + escape(m.get("username")) + "</label>"
        + "<input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" required value=\""
        + escape(username) + "\">"
        + "<label for=\"password\">" + escape(m.get("password")) + "</label>"
        + "<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required>"
        + "<button type=\"submit\">" + escape(m.get("login")) + "</button></form>";
    return Html.page(m, m.get("login"), null, null, body, 0);
  }
}
