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
import id.aduan.ops.BrokerCheck;
import id.aduan.ops.Health;
import id.aduan.ops.OpsEndpoints;
import id.aduan.ops.OpsHttpServer;
import id.aduan.ops.RoleMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * The console role: reads cases, triage complaints and units into memory, serves the unit inbox, the
 * triage desk and the JSON API, and publishes what people decide. Metrics and health are served on a port of
 * their own, without sign-in: they carry counts and check names only, never a case. Close it to stop the
 * servers, the readers and the producer.
 */
public final class ConsoleApplication implements AutoCloseable {
  /** The value of the {@code role} label on every meter. */
  public static final String ROLE = "console";

  private final CaseBook book;
  private final CasePublisher publisher;
  private final ConsoleHttpServer server;
  private final BrokerCheck broker;
  private final OpsHttpServer opsServer;

  private ConsoleApplication(CaseBook book, CasePublisher publisher, ConsoleHttpServer server, BrokerCheck broker,
      OpsHttpServer opsServer) {
    this.book = book;
    this.publisher = publisher;
    this.server = server;
    this.broker = broker;
    this.opsServer = opsServer;
  }

  public static ConsoleApplication start(ConsoleSettings settings) throws IOException {
    UserDirectory users = UserDirectory.load(settings.usersFile());
    return start(settings, users, Clock.systemUTC());
  }

  public static ConsoleApplication start(ConsoleSettings settings, UserDirectory users, Clock clock) {
    TopicCatalogue topics = TopicCatalogue.from(settings.clientProps());
    String transactionalId = settings.transactionalId() != null ? settings.transactionalId()
        : topics.prefix() + "console-" + UUID.randomUUID();
    PrometheusMeterRegistry registry = RoleMetrics.registry(ROLE);
    CaseBook book = new CaseBook(topics, settings.clientProps()).start();
    CasePublisher publisher = new CasePublisher(topics, settings.clientProps(), transactionalId, Duration.ofSeconds(15),
        registry);
    CaseActions actions = new CaseActions(book, publisher, clock);
    SignIn signIn = new SignIn(users, new Sessions(settings.sessionIdle(), settings.sessionMaxAge(), clock),
        new LoginThrottle(settings.maxFailures(), settings.lockout(), clock), settings.secureCookies(), registry);
    Router router = new Router(registry);
    signIn.addTo(router);
    new CasePages(book, actions, clock).addTo(router, signIn);
    new CasesApi(users, book, actions, clock).addTo(router);
    ConsoleHttpServer server = new ConsoleHttpServer(settings.host(), settings.port(), router);
    BrokerCheck broker = null;
    OpsHttpServer opsServer = null;
    try {
      server.start();
      if (settings.opsPort() >= 0) {
        broker = new BrokerCheck(settings.clientProps());
        Health health = new Health()
            .readyWhen("cases", () -> book.loaded() ? Health.Status.up("read model caught up")
                : Health.Status.down("reading cases.state, complaints.triage and config.units up to their end"))
            .readyWhen("kafka", broker);
        opsServer = OpsHttpServer.start(settings.opsHost(), settings.opsPort(), new OpsEndpoints(registry, health));
      }
    } catch (RuntimeException e) {
      server.close();
      if (broker != null) {
        broker.close();
      }
      book.close();
      publisher.close();
      throw e;
    }
    return new ConsoleApplication(book, publisher, server, broker, opsServer);
  }

  public int port() {
    return server.port();
  }

  /** The port of the metrics and health endpoints, or -1 when none is served. */
  public int opsPort() {
    return opsServer == null ? -1 : opsServer.port();
  }

  /** Whether the read model has read every topic up to where it ended at start. */
  public boolean loaded() {
    return book.loaded();
  }

  @Override
  public void close() {
    if (opsServer != null) {
      opsServer.close();
      broker.close();
    }
    server.close();
    book.close();
    publisher.close();
  }
}
