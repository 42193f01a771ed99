package id.aduan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@WithKafka
class KafkaClusterTest {

  @Test
  void singleBrokerSupportsTransactionsAndReadCommitted(KafkaCluster kafka) throws Exception {
    String topic = KafkaCluster.uniqueName("tx");
    kafka.createTopic(topic, 2);
    Map<String, Object> props = kafka.producerProps();
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, KafkaCluster.uniqueName("tx-id"));
    try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
      producer.initTransactions();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "k", "aborted"));
      producer.abortTransaction();
      producer.beginTransaction();
      producer.send(new ProducerRecord<>(topic, "k", "committed"));
      producer.commitTransaction();
    }
    assertEquals(List.of("committed"), readValues(kafka, topic, 1));
  }

  @Test
  void threeBrokerClusterReplicatesEveryPartition() throws Exception {
    try (KafkaCluster cluster = KafkaCluster.start(3)) {
      String topic = KafkaCluster.uniqueName("replicated");
      cluster.createTopic(topic, 3);
      TopicDescription description =
          cluster.admin().describeTopics(Set.of(topic)).allTopicNames().get().get(topic);
      description.partitions().forEach(p -> assertEquals(3, p.replicas().size(), "replicas of " + p));
      try (var producer =
          new KafkaProducer<>(cluster.producerProps(), new StringSerializer(), new StringSerializer())) {
        producer.send(new ProducerRecord<>(topic, "k", "v")).get();
      }
      assertEquals(List.of("v"), readValues(cluster, topic, 1));
    }
  }

  private static List<String> readValues(KafkaCluster kafka, String topic, int expected) {
    List<String> values = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(kafka.consumerProps(), new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (values.size() < expected && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          values.add(record.value());
        }
      }
      // one more poll proves nothing else (an aborted record) follows
      consumer.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
    }
    return values;
  }
}
