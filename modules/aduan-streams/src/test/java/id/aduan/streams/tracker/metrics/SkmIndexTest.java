package id.aduan.streams.tracker.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.aduan.event.SkmScores;
import id.aduan.streams.tracker.metrics.SkmIndex.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkmIndexTest {

  /**
   * Two answers: all 4s, and 3s with a 4 for U9. NRRs are 3.5 for U1-U8 and 4.0 for U9, Σ NRR = 32.
   * With the official weight, 32 × 0.11 × 25 = 88.00, grade B; an equal weight of 1/9 would give
   * 32 / 9 × 25 = 88.89, grade A. The regulation's weight decides.
   */
  @Test
  void workedExampleWhereTheOfficialWeightAndOneNinthDisagree() {
    long[] sums = {7, 7, 7, 7, 7, 7, 7, 7, 8};
    double[] nrr = SkmIndex.nrr(sums, 2);
    assertArrayEquals(new double[] {3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 4.0}, nrr, 1e-12);

    double skm = SkmIndex.of(nrr);
    assertEquals(88.00, skm, 1e-9);
    assertEquals(Grade.B, SkmIndex.grade(skm));

    double oneNinth = 32.0 / 9 * 25;
    assertEquals(88.89, oneNinth, 0.005);
    assertEquals(Grade.A, SkmIndex.grade(oneNinth));
    assertNotEquals(SkmIndex.grade(oneNinth), SkmIndex.grade(skm));
  }

  @Test
  void theScaleRunsFrom24Point75To99WithTheOfficialWeight() {
    assertEquals(99.0, SkmIndex.of(new double[] {4, 4, 4, 4, 4, 4, 4, 4, 4}), 1e-9);
    assertEquals(24.75, SkmIndex.of(new double[] {1, 1, 1, 1, 1, 1, 1, 1, 1}), 1e-9);
    assertEquals(Grade.D, SkmIndex.grade(24.75));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "100.0, A", "99.0, A", "88.31, A", "88.305, A", "88.3049, B", "88.30, B", "76.61, B", "76.605, B",
    "76.6049, C", "76.60, C", "65.00, C", "64.995, C", "64.99, D", "25.00, D"
  })
  void gradeBoundariesApplyToTheValueRoundedToTwoDecimals(double skm, Grade grade) {
    assertEquals(grade, SkmIndex.grade(skm));
  }

  @Test
  void answersOutsideOneToFourAreNamed() {
    assertNull(SkmIndex.problem(new SkmScores(1, 2, 3, 4, 4, 3, 2, 1, 4)));
    assertEquals("SKM element U9 scored 0, outside 1-4", SkmIndex.problem(new SkmScores(1, 2, 3, 4, 4, 3, 2, 1, 0)));
    assertThrows(IllegalArgumentException.class, () -> SkmIndex.of(new double[8]));
    assertThrows(IllegalArgumentException.class, () -> SkmIndex.nrr(new long[9], 0));
  }
}
