package id.aduan.intake;

import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.intake.category.CategoryCatalog;
import id.aduan.intake.config.IntakeConfig;
import id.aduan.intake.idempotency.IntakeLedger;
import id.aduan.intake.idempotency.IntakeTopics;
import id.aduan.intake.idempotency.LedgerEntry;
import id.aduan.intake.idempotency.RequestFingerprints;
import id.aduan.intake.produce.EventFactory;
import id.aduan.intake.produce.ReporterKeys;
import id.aduan.intake.produce.TransactionalCommitter;
import id.aduan.intake.submit.ComplaintIntake;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything intake needs to file complaints, without HTTP: topics checked, ledger loaded, committer
 * running. The server and the archive import both stand on it.
 */
public final class IntakeCore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IntakeCore.class);

  private final IntakeConfig config;
  private final TopicCatalogue catalogue;
  private final CategoryCatalog categories;
  private final IntakeLedger ledger;
  private final TransactionalCommitter committer;
  private final ComplaintIntake intake;

  private IntakeCore(IntakeConfig config, MeterRegistry registry) {
    this.config = config;
    Map<String, Object> clientProps = config.clientProps();
    catalogue = TopicCatalogue.from(clientProps);
    String categoriesFile = config.get(IntakeConfig.CATEGORIES_FILE);
    categories = categoriesFile == null ? CategoryCatalog.starter() : CategoryCatalog.load(Path.of(categoriesFile));
    String ledgerTopic = IntakeTopics.ledger(catalogue);
    if (config.getBoolean(IntakeConfig.CREATE_TOPICS)) {
      ensureTopics(clientProps, ledgerTopic);
    }
    ledger = new IntakeLedger(ledgerTopic, clientProps).start(Duration.ofSeconds(60));
    committer = new TransactionalCommitter(
        clientProps, config.transactionalId(), config.ackTimeout(), config.getInt(IntakeConfig.PARALLEL_TRANSACTIONS),
        registry);
    String secret = reporterSecret();
    EventFactory events = new EventFactory(catalogue, ledgerTopic, new ReporterKeys(secret));
    intake = new ComplaintIntake(ledger, events, committer, Clock.systemUTC(), config.ackTimeout(), config.eventTimes(),
        new RequestFingerprints(secret), registry);
    rewriteLegacyEntries(ledgerTopic);
  }

  /**
   * Writes the first version's ledger entries again in the current form (masked address, no place for
   * confidential complaints), under the same keys, so that compaction removes what they held raw. Each
   * instance may do it at start; rewriting an entry twice writes the same value.
   */
  private void rewriteLegacyEntries(String ledgerTopic) {
    List<LedgerEntry> legacy = ledger.legacyEntries();
    if (legacy.isEmpty()) {
      return;
    }
    List<CompletableFuture<Void>> writes = new ArrayList<>();
    for (LedgerEntry entry : legacy) {
      writes.add(committer.submit(
          List.of(new ProducerRecord<>(ledgerTopic, IntakeLedger.key(entry), IntakeLedger.value(entry))), config.ackTimeout()));
    }
    try {
      CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
      LOG.info("Rewrote {} ledger entries of the previous format (addresses masked)", legacy.size());
    } catch (RuntimeException e) {
      LOG.warn("Rewriting {} ledger entries of the previous format failed ({}); the next start tries again",
          legacy.size(), e.getMessage());
    }
  }

  /** Starts with meters nobody reads (the archive import). */
  public static IntakeCore start(IntakeConfig config) {
    return start(config, new SimpleMeterRegistry());
  }

  public static IntakeCore start(IntakeConfig config, MeterRegistry registry) {
    return new IntakeCore(config, registry);
  }

  private String reporterSecret() {
    String secret = config.get(IntakeConfig.REPORTER_KEY_SECRET);
    if (secret != null) {
      return secret;
    }
    LOG.warn("{} is not set: reporter keys use a random secret and will not match across restarts",
        IntakeConfig.REPORTER_KEY_SECRET);
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  private void ensureTopics(Map<String, Object> clientProps, String ledgerTopic) {
    Optional<Short> replication = config.getInt(IntakeConfig.REPLICATION_FACTOR) < 1
        ? Optional.empty() : Optional.of((short) config.getInt(IntakeConfig.REPLICATION_FACTOR));
    List<NewTopic> wanted = new ArrayList<>();
    wanted.add(new NewTopic(ledgerTopic, Optional.of(IntakeTopics.LEDGER_PARTITIONS), replication)
        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
    for (Topic<?, ?> topic : List.of(catalogue.complaintsReceived(), catalogue.reporters(), catalogue.surveyResponses(),
        catalogue.caseUpdates(), catalogue.caseState())) {
      wanted.add(new NewTopic(topic.name(), Optional.of(topic.partitions()), replication).configs(topic.configs()));
    }
    try (Admin admin = Admin.create(clientProps)) {
      Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
      List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
        LOG.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
      }
    } catch (Exception e) {
      throw new IllegalStateException("Cannot check or create intake's topics: " + e.getMessage(), e);
    }
  }

  public IntakeConfig config() {
    return config;
  }

  public TopicCatalogue catalogue() {
    return catalogue;
  }

  public CategoryCatalog categories() {
    return categories;
  }

  public ComplaintIntake intake() {
    return intake;
  }

  /** The transactional committer, for other records intake writes with the same guarantees (surveys). */
  public TransactionalCommitter committer() {
    return committer;
  }

  /** Commits what is queued, then stops following the ledger. */
  @Override
  public void close() {
    committer.close();
    ledger.close();
  }
}
