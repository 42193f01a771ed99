package id.aduan.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The pipeline benchmark's percentiles: nearest rank, so p99 of 100 values is the 99th, not the 100th. */
class StepResultTest {

  @Test
  void percentilesAreNearestRanks() {
    long[] oneToHundred = LongStream.rangeClosed(1, 100).map(i -> 101 - i).toArray();
    StepResult.Latencies latencies = StepResult.Latencies.of(oneToHundred);
    assertEquals(new StepResult.Latencies(50, 99, 100), latencies);
  }

  @Test
  void oneValueIsEveryPercentileAndNoneIsZero() {
    assertEquals(new StepResult.Latencies(7, 7, 7), StepResult.Latencies.of(new long[] {7}));
    assertEquals(new StepResult.Latencies(0, 0, 0), StepResult.Latencies.of(new long[0]));
  }
}
