package id.aduan.console;

import id.aduan.console.act.CaseActions;
import id.aduan.console.act.CasePublisher;
import id.aduan.console.api.CasesApi;
import id.aduan.console.auth.LoginThrottle;
import id.aduan.console.auth.Sessions;
import id.aduan.console.auth.UserDirectory;
import id.aduan.console.read.CaseBook;
import id.aduan.console.web.CasePages;
import id.aduan.console.web.ConsoleHttpServer;
import id.aduan.console.web.Router;
import id.aduan.console.web.SignIn;
import id.aduan.events.topic.TopicCatalogue;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * The console role: reads cases, triage complaints and units into memory, serves the unit inbox, the
 * triage desk and the JSON API, and publishes what people decide. Close it to stop the server, the readers
 * and the producer.
 */
public final class ConsoleApplication implements AutoCloseable {
  private final CaseBook book;
  private final CasePublisher publisher;
  private final ConsoleHttpServer server;

  private ConsoleApplication(CaseBook book, CasePublisher publisher, ConsoleHttpServer server) {
    this.book = book;
    this.publisher = publisher;
    this.server = server;
  }

  public static ConsoleApplication start(ConsoleSettings settings) throws IOException {
    UserDirectory users = UserDirectory.load(settings.usersFile());
    return start(settings, users, Clock.systemUTC());
  }

  public static ConsoleApplication start(ConsoleSettings settings, UserDirectory users, Clock clock) {
    TopicCatalogue topics = TopicCatalogue.from(settings.clientProps());
    String transactionalId = settings.transactionalId() != null ? settings.transactionalId()
        : topics.prefix() + "console-" + UUID.randomUUID();
    CaseBook book = new CaseBook(topics, settings.clientProps()).start();
    CasePublisher publisher = new CasePublisher(topics, settings.clientProps(), transactionalId, Duration.ofSeconds(15));
    CaseActions actions = new CaseActions(book, publisher, clock);
    SignIn signIn = new SignIn(users, new Sessions(settings.sessionIdle(), settings.sessionMaxAge(), clock),
        new LoginThrottle(settings.maxFailures(), settings.lockout(), clock), settings.secureCookies());
    Router router = new Router();
    signIn.addTo(router);
    new CasePages(book, actions, clock).addTo(router, signIn);
    new CasesApi(users, book, actions, clock).addTo(router);
    ConsoleHttpServer server = new ConsoleHttpServer(settings.host(), settings.port(), router);
    try {
      server.start();
    } catch (RuntimeException e) {
      book.close();
      publisher.close();
      throw e;
    }
    return new ConsoleApplication(book, publisher, server);
  }

  public int port() {
    return server.port();
  }

  /** Whether the read model has read every topic up to where it ended at start. */
  public boolean loaded() {
    return book.loaded();
  }

  @Override
  public void close() {
    server.close();
    book.close();
    publisher.close();
  }
}
