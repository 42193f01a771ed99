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
  /** Readiness: 200 once the case states of {@code cases.state} are loaded, 503 before. */
  public static final String READY_ENDPOINT = "/health/ready";

  private final IntakeCore core;
  private final CaseStateFollower caseStates;
  private final IntakeHttpServer server;

  private IntakeApplication(IntakeConfig config) {
    core = IntakeCore.start(config);
    caseStates = new CaseStateFollower(core.catalogue().caseState(), config.clientProps()).start();
    try {
      Router router = new Router();
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
      caseStates.close();
      core.close();
      throw e;
    }
    LOG.info("Intake listening on port {} with {}", server.port(), config.describe());
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
    router.get("/health", (req, p) -> CompletableFuture.completedFuture(WebResponse.json(200, Map.of("status", "up"))));
    // ready once the case states are loaded: before that every tracking page would say "received"
    router.get(READY_ENDPOINT, (req, p) -> CompletableFuture.completedFuture(caseStates.loaded()
        ? WebResponse.json(200, Map.of("status", "ready", "cases", caseStates.size()))
        : WebResponse.json(503, Map.of("status", "loading case states")).withHeader("Retry-After", "2")));
    router.post(EMPTY_ENDPOINT, (req, p) -> CompletableFuture.completedFuture(WebResponse.json(202, Map.of())));
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

  @Override
  public void close() {
    server.close();
    caseStates.close();
    core.close();
  }
}
