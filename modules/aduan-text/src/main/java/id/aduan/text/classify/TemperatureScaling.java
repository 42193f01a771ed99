package id.aduan.text.classify;

/**
 * Fits the softmax temperature that minimises the negative log-likelihood of held-out labels (Guo et al.,
 * "On Calibration of Modern Neural Networks", 2017). One parameter cannot change which label wins, only how
 * sure the model says it is, so accuracy is untouched while confidences become meaningful.
 */
final class TemperatureScaling {

  private static final double MIN = 0.05;
  private static final double MAX = 20;

  private TemperatureScaling() {}

  static double fit(double[][] logits, int[] gold) {
    if (logits.length == 0) {
      return 1;
    }
    // NLL is convex in 1/T, so a golden-section search on log T finds the optimum
    double lo = StrictMath.log(MIN);
    double hi = StrictMath.log(MAX);
    double phi = (Math.sqrt(5) - 1) / 2;
    double a = hi - phi * (hi - lo);
    double b = lo + phi * (hi - lo);
    double fa = nll(logits, gold, StrictMath.exp(a));
    double fb = nll(logits, gold, StrictMath.exp(b));
    for (int i = 0; i < 60; i++) {
      if (fa < fb) {
        hi = b;
        b = a;
        fb = fa;
        a = hi - phi * (hi - lo);
        fa = nll(logits, gold, StrictMath.exp(a));
      } else {
        lo = a;
        a = b;
        fa = fb;
        b = lo + phi * (hi - lo);
        fb = nll(logits, gold, StrictMath.exp(b));
      }
    }
    return StrictMath.exp((lo + hi) / 2);
  }

  static double nll(double[][] logits, int[] gold, double temperature) {
    double total = 0;
    for (int i = 0; i < logits.length; i++) {
      double[] l = logits[i];
      double max = Double.NEGATIVE_INFINITY;
      for (double v : l) {
        max = Math.max(max, v / temperature);
      }
      double sum = 0;
      for (double v : l) {
        sum += StrictMath.exp(v / temperature - max);
      }
      total += -(l[gold[i]] / temperature - max - StrictMath.log(sum));
    }
    return total / logits.length;
  }
}
