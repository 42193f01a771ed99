package id.aduan.streams.tracker.metrics;

import id.aduan.event.SkmScores;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The Community Satisfaction Index (Indeks Kepuasan Masyarakat, SKM) of PermenPANRB No. 14 Tahun 2017:
 * per element NRR = mean score (1-4); SKM = Σ(NRR × 0.11) × 25 on a 25-100 scale, graded A-D.
 *
 * <p>The regulation weighs each of the nine elements 0.11, not 1/9: with all answers at 4 the index is
 * 99, not 100, and near a grade boundary the two weights can give different grades. Aduan reports what the
 * regulation prescribes.
 */
public final class SkmIndex {
  /** Number of elements (unsur) in the survey. */
  public static final int ELEMENTS = 9;
  /** Weight of each element's NRR, as the regulation states it. */
  public static final double WEIGHT = 0.11;
  /** Converts the weighted score (1-4) to the 25-100 scale. */
  public static final double SCALE = 25.0;

  /** Service quality grades (mutu pelayanan) with their lowest SKM value, on values rounded to 2 decimals. */
  public enum Grade {
    A("88.31"), B("76.61"), C("65.00"), D("25.00");

    private final BigDecimal lowest;

    Grade(String lowest) {
      this.lowest = new BigDecimal(lowest);
    }
  }

  private SkmIndex() {}

  /** SKM of the given per-element NRRs (nine means, each 1-4). */
  public static double of(double[] nrr) {
    requireNine(nrr.length);
    double weighted = 0;
    for (double value : nrr) {
      weighted += value * WEIGHT;
    }
    return weighted * SCALE;
  }

  /** The grade of an SKM value, judged on the value rounded half-up to two decimals as published. */
  public static Grade grade(double skm) {
    BigDecimal rounded = BigDecimal.valueOf(skm).setScale(2, RoundingMode.HALF_UP);
    for (Grade grade : Grade.values()) {
      if (rounded.compareTo(grade.lowest) >= 0) {
        return grade;
      }
    }
    return Grade.D;
  }

  /** One answer's scores in element order U1-U9. */
  public static int[] scores(SkmScores answer) {
    return new int[] {
      answer.getPersyaratan(), answer.getProsedur(), answer.getWaktu(), answer.getBiaya(), answer.getProduk(),
      answer.getKompetensi(), answer.getPerilaku(), answer.getPenangananPengaduan(), answer.getSarana()
    };
  }

  /** Mean score per element of answers whose per-element score sums are given. */
  public static double[] nrr(long[] sums, long answers) {
    requireNine(sums.length);
    if (answers <= 0) {
      throw new IllegalArgumentException("NRR needs at least one answer");
    }
    double[] means = new double[ELEMENTS];
    for (int i = 0; i < ELEMENTS; i++) {
      means[i] = (double) sums[i] / answers;
    }
    return means;
  }

  /** Why an answer cannot be counted (a score outside 1-4), or null when it can. */
  public static String problem(SkmScores answer) {
    int[] scores = scores(answer);
    for (int i = 0; i < ELEMENTS; i++) {
      if (scores[i] < 1 || scores[i] > 4) {
        return "SKM element U" + (i + 1) + " scored " + scores[i] + ", outside 1-4";
      }
    }
    return null;
  }

  private static void requireNine(int length) {
    if (length != ELEMENTS) {
      throw new IllegalArgumentException("SKM has " + ELEMENTS + " elements, got " + length);
    }
  }
}
