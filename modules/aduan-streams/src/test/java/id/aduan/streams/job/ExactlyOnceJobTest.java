package id.aduan.streams.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/** The shared job settings: low-latency commits, and records sent at the commit rather than right after one. */
class ExactlyOnceJobTest {
  private static final String LINGER = StreamsConfig.producerPrefix("linger.ms");

  @Test
  void commitsEvery100MsAndLingersAsLongAsACommitInterval() {
    Properties props = ExactlyOnceJob.streamsConfig(Map.of(), "job", Path.of("state"));
    assertEquals(StreamsConfig.EXACTLY_ONCE_V2, props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
    assertEquals(100, props.get(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
    assertEquals(100, props.get(LINGER));
  }

  @Test
  void aGivenCommitIntervalSetsTheLingerAndAGivenLingerWins() {
    Properties longer = ExactlyOnceJob.streamsConfig(Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 500), "job", Path.of("state"));
    assertEquals(500, longer.get(LINGER));
    Properties both = ExactlyOnceJob.streamsConfig(
        Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 500, LINGER, 5), "job", Path.of("state"));
    assertEquals(5, both.get(LINGER));
  }
}
