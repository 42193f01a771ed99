package id.aduan.console.web;

import id.aduan.console.auth.LoginThrottle;
import id.aduan.console.auth.Passwords;
import id.aduan.console.auth.Sessions;
import id.aduan.console.auth.Sessions.Session;
import id.aduan.console.auth.UserDirectory;
import id.aduan.console.pages.LoginPage;
import id.aduan.console.pages.Messages;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in, sign-out and the guard in front of every page: a session cookie (HttpOnly, SameSite=Strict,
 * Secure over TLS or when the console is told it sits behind a TLS proxy), and a CSRF token in every form
 * that POST checks against the session's (the sign-in form against a cookie of its own).
 */
public final class SignIn {
  private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);
  public static final String SESSION_COOKIE = "aduan_console_session";
  public static final String LOGIN_COOKIE = "aduan_console_login";

  /** A page behind sign-in. */
  @FunctionalInterface
  public interface SessionHandler {
    WebResponse handle(WebRequest request, Map<String, String> pathParams, Session session);
  }

  private final UserDirectory users;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final boolean secureCookies;
  private final Counter signedIn;
  private final Counter failed;
  private final Counter locked;

  /** Counts sign-ins as {@code aduan.console.sign.ins} by {@code outcome}: ok, failed, locked (refused during a lock-out). */
  public SignIn(UserDirectory users, Sessions sessions, LoginThrottle throttle, boolean secureCookies,
      MeterRegistry registry) {
    this.users = users;
    this.sessions = sessions;
    this.throttle = throttle;
    this.secureCookies = secureCookies;
    this.signedIn = signIns(registry, "ok");
    this.failed = signIns(registry, "failed");
    this.locked = signIns(registry, "locked");
  }

  private static Counter signIns(MeterRegistry registry, String outcome) {
    return Counter.builder("aduan.console.sign.ins").description("Sign-in attempts on the console's form, by outcome")
        .tag("outcome", outcome).register(registry);
  }

  public void addTo(Router router) {
    router.get("/masuk", (r, p) -> form(r, null, null, 200));
    router.post("/masuk", (r, p) -> signIn(r));
    router.post("/keluar", guarded((r, p, s) -> {
      sessions.close(s.id());
      return WebResponse.redirect(Messages.of(r.english()).link("/masuk")).withCookie(cookie(r, SESSION_COOKIE, "", 0));
    }));
  }

  /** A page that needs a session: without one a GET goes to the sign-in page; a POST needs the CSRF token too. */
  public WebHandler guarded(SessionHandler handler) {
    return (request, params) -> {
      Optional<Session> session = sessions.find(request.cookie(SESSION_COOKIE));
      if (session.isEmpty()) {
        if (request.method().equals("POST")) {
          return WebResponse.problem(401, "Unauthorized", "Sign in first");
        }
        return WebResponse.redirect(Messages.of(request.english()).link("/masuk"));
      }
      if (request.method().equals("POST") && !sameToken(request.formParam("csrf"), session.get().csrfToken())) {
        return forbidden("The form's CSRF token is missing or wrong; reload the page and try again");
      }
      return handler.handle(request, params, session.get());
    };
  }

  private WebResponse signIn(WebRequest request) {
    if (!sameToken(request.formParam("csrf"), request.cookie(LOGIN_COOKIE))) {
      return forbidden("The sign-in form's CSRF token is missing or wrong; reload the sign-in page");
    }
    Messages m = Messages.of(request.english());
    String username = request.formParam("username");
    String password = request.formParam("password");
    long wait = throttle.lockedFor(username, request.remoteAddress());
    if (wait > 0) {
      locked.increment();
      return form(request, username, m.format("login.locked", wait), 429).withHeader("Retry-After", Long.toString(wait));
    }
    Optional<UserDirectory.User> user = users.user(username);
    boolean ok;
    if (user.isPresent()) {
      ok = Passwords.matches(user.get().passwordHash(), password);
    } else {
      Passwords.burn(password);
      ok = false;
    }
    if (!ok) {
      throttle.failed(username, request.remoteAddress());
      failed.increment();
      LOG.info("Failed sign-in from {}", request.remoteAddress());
      return form(request, username, m.get("login.failed"), 401);
    }
    throttle.succeeded(username);
    signedIn.increment();
    Session session = sessions.open(user.get().principal());
    LOG.info("{} signed in", session.principal().actor());
    return WebResponse.redirect(m.link("/kotak-masuk"))
        .withCookie(cookie(request, SESSION_COOKIE, session.id(), sessions.maxAge().toSeconds()))
        .withCookie(cookie(request, LOGIN_COOKIE, "", 0));
  }

  private WebResponse form(WebRequest request, String username, String error, int status) {
    String token = Sessions.token();
    return WebResponse.html(status, LoginPage.render(Messages.of(request.english()), token, username, error))
        .withCookie(cookie(request, LOGIN_COOKIE, token, 3600));
  }

  private String cookie(WebRequest request, String name, String value, long maxAgeSeconds) {
    return name + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds + "; HttpOnly; SameSite=Strict"
        + (secureCookies || request.secure() ? "; Secure" : "");
  }

  static WebResponse forbidden(String reason) {
    return WebResponse.problem(403, "Forbidden", reason);
  }

  private static boolean sameToken(String given, String expected) {
    return given != null && expected != null && !expected.isEmpty()
        && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
