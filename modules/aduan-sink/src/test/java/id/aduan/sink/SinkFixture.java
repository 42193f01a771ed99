package id.aduan.sink;

import id.aduan.events.topic.Topic;
import id.aduan.events.topic.TopicCatalogue;
import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.SchemaRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** The sink's topics under a prefix of their own on the shared broker, and a database of its own. */
final class SinkFixture {
  static final Duration WAIT = Duration.ofSeconds(60);

  final KafkaCluster kafka;
  final String prefix;
  final TopicCatalogue topics;
  final String jdbcUrl;

  SinkFixture(KafkaCluster kafka, SchemaRegistry registry, String jdbcUrl, int partitions) {
    this.kafka = kafka;
    this.prefix = KafkaCluster.uniqueName("sink") + ".";
    this.jdbcUrl = jdbcUrl;
    this.topics = TopicCatalogue.from(Map.of("schema.registry.url", registry.url(), TopicCatalogue.PREFIX_CONFIG, prefix,
        TopicCatalogue.PARTITIONS_CONFIG, Integer.toString(partitions)));
    for (Topic<?, ?> topic : List.of(topics.caseState(), topics.caseEscalations(), topics.surveyResponses(),
        topics.resolutionMetrics(), topics.unitMetrics(), topics.sinkDlq())) {
      kafka.createTopic(topic.name(), partitions);
    }
  }

  Map<String, Object> clientProps(String registryUrl) {
    Map<String, Object> props = new HashMap<>();
    props.put("bootstrap.servers", kafka.bootstrapServers());
    props.put("schema.registry.url", registryUrl);
    props.put(TopicCatalogue.PREFIX_CONFIG, prefix);
    return props;
  }

  SinkSettings settings() {
    return SinkSettings.of(jdbcUrl, "postgres", null).withHealthPort(0)
        .withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1));
  }

  /** A GET of the sink's metrics and health port. */
  static HttpResponse<String> get(SinkApp sink, String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + sink.healthPort() + path)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  <V> void send(Topic<String, V> topic, String key, V value) {
    try (var producer = new KafkaProducer<>(kafka.producerProps(), topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  void sendBytes(String topic, int partition, byte[] key, byte[] value) {
    try (var producer = new KafkaProducer<>(kafka.producerProps(), new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, partition, key, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every row of a query, each as column name to value. */
  List<Map<String, Object>> rows(String sql) {
    try (Connection c = DriverManager.getConnection(jdbcUrl);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<Map<String, Object>> rows = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          Object value = rs.getObject(i);
          row.put(meta.getColumnLabel(i), value instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : value);
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  long count(String sql) {
    return ((Number) rows(sql).get(0).values().iterator().next()).longValue();
  }

  void execute(String sql) {
    try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** Polls a query until its rows satisfy the condition; fails naming what it waited for. */
  List<Map<String, Object>> await(String what, String sql, Predicate<List<Map<String, Object>>> done) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    List<Map<String, Object>> rows = List.of();
    while (System.nanoTime() < deadline) {
      try {
        rows = rows(sql);
        if (done.test(rows)) {
          return rows;
        }
      } catch (IllegalStateException notYet) {
        // the tables may not exist before the sink migrated them
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + "; last rows " + rows);
  }
}
