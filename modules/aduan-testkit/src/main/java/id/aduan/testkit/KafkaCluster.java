package id.aduan.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real KRaft Kafka cluster in this JVM (Kafka's own {@link KafkaClusterTestKit}): 1 broker for most
 * tests, 3 for tests of replication. Internal topics are sized to the broker count so that transactions
 * and exactly-once work on a single broker.
 */
public final class KafkaCluster implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaCluster.class);
  private static final AtomicInteger NAMES = new AtomicInteger();

  private final KafkaClusterTestKit cluster;
  private final int brokers;
  private final Admin admin;

  private KafkaCluster(KafkaClusterTestKit cluster, int brokers) {
    this.cluster = cluster;
    this.brokers = brokers;
    this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()));
  }

  /** Formats and starts a cluster of the given number of brokers and one KRaft controller. */
  public static KafkaCluster start(int brokers) {
    return start(brokers, null);
  }

  /**
   * Starts one broker (and its controller) whose logs live in {@code directory} and stay there at close: the
   * directory is formatted on first use and reused as it is afterwards, with the cluster id it was formatted
   * with, so topics and their records survive a restart. The formatter's report goes to the log, not stdout.
   */
  public static KafkaCluster startIn(Path directory) {
    return start(1, directory);
  }

  private static KafkaCluster start(int brokers, Path directory) {
    if (brokers < 1) {
      throw new IllegalArgumentException("a cluster needs at least one broker, not " + brokers);
    }
    String replication = Integer.toString(Math.min(brokers, 3));
    KafkaClusterTestKit cluster = null;
    try {
      String formattedId = directory == null ? null : formattedClusterId(directory);
      TestKitNodes.Builder nodes = new TestKitNodes.Builder();
      if (directory != null) {
        nodes.setBaseDirectory(directory).setClusterId(formattedId);
      }
      cluster =
          new KafkaClusterTestKit.Builder(
                  nodes
                      // combined nodes shut down cleanly only alone; larger clusters get a separate controller
                      .setCombined(brokers == 1)
                      .setNumBrokerNodes(brokers)
                      .setNumControllerNodes(1)
                      .build())
              .setConfigProp("offsets.topic.replication.factor", replication)
              .setConfigProp("offsets.topic.num.partitions", "3")
              .setConfigProp("transaction.state.log.replication.factor", replication)
              .setConfigProp("transaction.state.log.min.isr", brokers >= 3 ? "2" : "1")
              .setConfigProp("transaction.state.log.num.partitions", "3")
              .setConfigProp("min.insync.replicas", brokers >= 3 ? "2" : "1")
              .setConfigProp("group.initial.rebalance.delay.ms", "0")
              .setConfigProp("auto.create.topics.enable", "false")
              .setDeleteOnClose(directory == null)
              .build();
      if (directory == null) {
        cluster.format();
      } else if (formattedId == null) {
        formatToLog(cluster);
      }
      cluster.startup();
      cluster.waitForReadyBrokers();
      return new KafkaCluster(cluster, brokers);
    } catch (Exception e) {
      closeQuietly(cluster);
      throw new IllegalStateException("Could not start an embedded Kafka cluster of " + brokers + " broker(s)", e);
    }
  }

  /** The cluster id in the {@code meta.properties} of a directory formatted before, or null if there is none. */
  private static String formattedClusterId(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return null;
    }
    try (Stream<Path> files = Files.walk(directory, 2)) {
      for (Path meta : (Iterable<Path>) files.filter(f -> f.endsWith("meta.properties"))::iterator) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(meta)) {
          properties.load(in);
        }
        String id = properties.getProperty("cluster.id");
        if (id != null) {
          return id;
        }
      }
    }
    return null;
  }

  /**
   * Kafka's formatter reports on {@code System.out} with no way to pass it another stream through the test kit;
   * while it runs (at start, before any client of the cluster exists) its lines go to this class's log instead.
   */
  private static synchronized void formatToLog(KafkaClusterTestKit cluster) throws Exception {
    PrintStream stdout = System.out;
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    System.setOut(new PrintStream(report, true, StandardCharsets.UTF_8));
    try {
      cluster.format();
    } finally {
      System.setOut(stdout);
      report.toString(StandardCharsets.UTF_8).lines().forEach(LOG::info);
    }
  }

  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  public int brokerCount() {
    return brokers;
  }

  /** An admin client owned by the cluster; do not close it. */
  public Admin admin() {
    return admin;
  }

  /**
   * Creates topics and waits until every partition has a leader, so a client started next sees them;
   * existing topics are left as they are.
   */
  public void createTopics(Collection<NewTopic> topics) {
    for (NewTopic topic : topics) {
      try {
        admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw new IllegalStateException("Could not create topic " + topic.name(), e.getCause());
        }
      } catch (Exception e) {
        throw new IllegalStateException("Could not create topic " + topic.name(), e);
      }
      awaitLeaders(topic.name());
    }
  }

  private void awaitLeaders(String topic) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      try {
        var description = admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).get(topic);
        if (description.partitions().stream().allMatch(p -> p.leader() != null && !p.leader().isEmpty())) {
          return;
        }
      } catch (Exception notYet) {
        // metadata still propagating
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    throw new IllegalStateException("Topic " + topic + " has no leader after 30 s");
  }

  /** Creates one topic replicated over every broker (at most 3). */
  public void createTopic(String name, int partitions) {
    createTopics(List.of(new NewTopic(name, partitions, (short) Math.min(brokers, 3))));
  }

  /** A name no other test in this JVM gets, so tests can share the cluster without seeing each other. */
  public static String uniqueName(String prefix) {
    return prefix + "-" + NAMES.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  }

  /** Producer settings as Aduan uses them: all replicas acknowledge, idempotent. */
  public Map<String, Object> producerProps() {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return props;
  }

  /** Consumer settings reading only committed data from the beginning, in a fresh group. */
  public Map<String, Object> consumerProps() {
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, uniqueName("test-group"));
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return props;
  }

  @Override
  public void close() {
    admin.close();
    closeQuietly(cluster);
  }

  private static void closeQuietly(KafkaClusterTestKit cluster) {
    if (cluster == null) {
      return;
    }
    try {
      cluster.close();
    } catch (Exception e) {
      // shutting down: nothing useful to do with a failure here
    }
  }
}
