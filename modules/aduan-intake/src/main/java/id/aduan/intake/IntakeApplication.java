package id.aduan.intake;

import id.aduan.events.topic.TopicCatalogue;
import id.aduan.intake.api.ComplaintApi;
import id.aduan.intake.category.CategoryCatalog;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.intake.form.CitizenForm;
import id.aduan.intake.http.IntakeHttpServer;
import id.aduan.intake.http.RateLimiter;
import id.aduan.intake.http.Router;
import id.aduan.intake.http.WebResponse;
import id.aduan.intake.open311.Open311Api;
import id.aduan.intake.sms.SmsWebhook;
import id.aduan.intake.social.MetaWebhook;
import id.aduan.intake.social.SocialIntake;
import id.aduan.intake.social.XWebhook;
import id.aduan.intake.status.CaseReopen;
import id.aduan.intake.status.CaseStateFollower;
import id.aduan.intake.status.StatusSource;
import id.aduan.intake.submit.ComplaintIntake;
import id.aduan.intake.survey.SmsSurvey;
import id.aduan.intake.survey.SurveyApi;
import id.aduan.intake.survey.SurveyIntake;
import id.aduan.ops.BrokerCheck;
import id.aduan.ops.Health;
import id.aduan.ops.OpsEndpoints;
import id.aduan.ops.RoleMetrics;
import id.aduan.ops.Secrets;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intake server: every channel on one router in front of {@link IntakeCore}. Closing stops taking
 * requests first, then commits what is queued.
 */
public final class IntakeApplication implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IntakeApplication.class);
  /** An endpoint that does nothing, the baseline the intake benchmark compares against. */
  public static final String EMPTY_ENDPOINT = "/bench/empty";
  /** Readiness: 200 once the case states of {@code cases.state} are loaded and Kafka answers, 503 otherwise. */
  public static final String READY_ENDPOINT = OpsEndpoints.READY;

  private final IntakeCore core;
  private final CaseStateFollower caseStates;
  private final IntakeHttpServer server;
  private final OpsEndpoints ops;
  private final BrokerCheck broker;

  private IntakeApplication(IntakeConfig config) {
    PrometheusMeterRegistry registry = RoleMetrics.registry("intake");
    core = IntakeCore.start(config, registry);
    caseStates = new CaseStateFollower(core.catalogue().caseState(), config.clientProps()).start();
    broker = new BrokerCheck(config.clientProps());
    ops = new OpsEndpoints(registry, new Health()
        .readyWhen("case-states", () -> caseStates.loaded()
            ? Health.Status.up(caseStates.size() + " cases loaded") : Health.Status.down("loading case states"))
        .readyWhen("producer", core.committer()::readiness)
        .readyWhen("kafka", broker));
    try {
      Router router = new Router(registry);
      routes(router, config);
      server =
          new IntakeHttpServer(
                  config.get(IntakeConfig.HOST),
                  config.getInt(IntakeConfig.PORT),
                  router,
                  config.getInt(IntakeConfig.MAX_BODY_BYTES),
                  new RateLimiter(config.getInt(IntakeConfig.RATE_PER_MINUTE), config.getInt(IntakeConfig.RATE_BURST)),
                  IntakeHttpServer.defaultRateLimitedPaths())
              .start();
    } catch (RuntimeException e) {
      broker.close();
      caseStates.close();
      core.close();
      throw e;
    }
    LOG.info("Intake listening on port {} with {}", server.port(), Secrets.redacted(config.values()));
  }

  public static IntakeApplication start(IntakeConfig config) {
    return new IntakeApplication(config);
  }

  private void routes(Router router, IntakeConfig config) {
    StatusSource statuses = caseStates;
    ComplaintIntake intake = core.intake();
    String baseUrl = config.get(IntakeConfig.PUBLIC_BASE_URL);
    SurveyIntake surveys = new SurveyIntake(
        core.catalogue().surveyResponses(), core.committer(), statuses, Clock.systemUTC(), config.ackTimeout());
    ComplaintApi api = new ComplaintApi(intake, core.categories(), statuses, surveys);
    api.routes(router);
    new SurveyApi(api, surveys).routes(router);
    new Open311Api(intake, core.categories(), statuses, csv(config.get(IntakeConfig.OPEN311_API_KEYS)), baseUrl).routes(router);
    new SmsWebhook(intake, config.get(IntakeConfig.SMS_SECRET), baseUrl, new SmsSurvey(api::find, surveys)).routes(router);
    SocialIntake social = new SocialIntake(intake, config.get(IntakeConfig.SOCIAL_HANDLE));
    String xSecret = config.get(IntakeConfig.X_CONSUMER_SECRET);
    if (xSecret != null) {
      new XWebhook(social, xSecret).routes(router);
    }
    String metaSecret = config.get(IntakeConfig.META_APP_SECRET);
    if (metaSecret != null) {
      new MetaWebhook(social, metaSecret, config.get(IntakeConfig.META_VERIFY_TOKEN)).routes(router);
    }
    CaseReopen reopen = new CaseReopen(
        core.catalogue().caseUpdates(), core.committer(), statuses, Clock.systemUTC(), config.ackTimeout());
    new CitizenForm(intake, core.categories(), api, statuses, surveys, reopen).routes(router);
    router.get("/health", (req, p) -> answer(ops.live()));
    router.get(OpsEndpoints.LIVE, (req, p) -> answer(ops.live()));
    // ready once the case states are loaded (before that every tracking page would say "received"), the
    // producers run and Kafka answers
    router.get(READY_ENDPOINT, (req, p) -> {
      OpsEndpoints.Answer ready = ops.ready();
      WebResponse response = WebResponse.of(ready.status(), ready.contentType(), ready.body());
      return CompletableFuture.completedFuture(ready.status() == 200 ? response : response.withHeader("Retry-After", "2"));
    });
    router.get(OpsEndpoints.METRICS, (req, p) -> answer(ops.metrics()));
    router.post(EMPTY_ENDPOINT, (req, p) -> CompletableFuture.completedFuture(WebResponse.json(202, Map.of())));
  }

  private static CompletableFuture<WebResponse> answer(OpsEndpoints.Answer answer) {
    return CompletableFuture.completedFuture(WebResponse.of(answer.status(), answer.contentType(), answer.body()));
  }

  private static Set<String> csv(String value) {
    if (value == null) {
      return Set.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).collect(Collectors.toUnmodifiableSet());
  }

  public int port() {
    return server.port();
  }

  public TopicCatalogue catalogue() {
    return core.catalogue();
  }

  public ComplaintIntake intake() {
    return core.intake();
  }

  public CategoryCatalog categories() {
    return core.categories();
  }

  /** The local read model of the tracker's case states. */
  public CaseStateFollower caseStates() {
    return caseStates;
  }

  /** The meters this server exports on {@value OpsEndpoints#METRICS}. */
  public PrometheusMeterRegistry metrics() {
    return ops.registry();
  }

  @Override
  public void close() {
    server.close();
    broker.close();
    caseStates.close();
    core.close();
    ops.registry().close();
  }
}
