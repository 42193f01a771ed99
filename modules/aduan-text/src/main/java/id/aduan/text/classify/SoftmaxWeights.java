package id.aduan.text.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of a multinomial logistic regression over hashed features: one weight per (bucket, label)
 * stored bucket-major, so scoring a sparse text touches a few contiguous runs of memory. {@code temperature}
 * divides the scores before the softmax; it is fitted on held-out data so that confidences are calibrated.
 */
public final class SoftmaxWeights {

  final int labels;
  final int dimension;
  final float[] weights;
  final float[] bias;
  private final double temperature;

  SoftmaxWeights(int labels, int dimension, float[] weights, float[] bias, double temperature) {
    if (weights.length != labels * dimension || bias.length != labels) {
      throw new IllegalArgumentException("weights do not match " + labels + " labels x " + dimension + " features");
    }
    this.labels = labels;
    this.dimension = dimension;
    this.weights = weights;
    this.bias = bias;
    this.temperature = temperature;
  }

  public double temperature() {
    return temperature;
  }

  SoftmaxWeights withTemperature(double t) {
    return new SoftmaxWeights(labels, dimension, weights, bias, t);
  }

  /** These weights with a temperature fitted elsewhere (on an earlier fit's held-out data). */
  public SoftmaxWeights calibratedTo(double t) {
    return withTemperature(t);
  }

  /** These weights with the temperature that best calibrates them on the given held-out examples. */
  public SoftmaxWeights calibratedOn(List<SparseVector> xs, int[] ys) {
    double[][] logits = new double[xs.size()][];
    for (int i = 0; i < logits.length; i++) {
      logits[i] = new double[labels];
      logits(xs.get(i), logits[i]);
    }
    return withTemperature(TemperatureScaling.fit(logits, ys));
  }

  /** Label probabilities for a feature vector. */
  public double[] probabilities(SparseVector x) {
    double[] p = new double[labels];
    logits(x, p);
    softmax(p, temperature);
    return p;
  }

  void logits(SparseVector x, double[] out) {
    for (int k = 0; k < labels; k++) {
      out[k] = bias[k];
    }
    int[] idx = x.indices();
    float[] val = x.values();
    for (int i = 0; i < idx.length; i++) {
      int base = idx[i] * labels;
      float v = val[i];
      for (int k = 0; k < labels; k++) {
        out[k] += v * weights[base + k];
      }
    }
  }

  /** Softmax of {@code logits / temperature}, in place. */
  static void softmax(double[] logits, double temperature) {
    double max = Double.NEGATIVE_INFINITY;
    for (double l : logits) {
      max = Math.max(max, l);
    }
    double sum = 0;
    for (int k = 0; k < logits.length; k++) {
      logits[k] = StrictMath.exp((logits[k] - max) / temperature);
      sum += logits[k];
    }
    for (int k = 0; k < logits.length; k++) {
      logits[k] /= sum;
    }
  }

  Prediction predict(SparseVector x, List<String> names, int candidates) {
    double[] p = new double[labels];
    logits(x, p);
    softmax(p, temperature);
    return toPrediction(p, names, candidates);
  }

  static Prediction toPrediction(double[] p, List<String> names, int candidates) {
    int n = Math.min(candidates, p.length);
    int[] top = new int[n];
    boolean[] taken = new boolean[p.length];
    for (int c = 0; c < n; c++) {
      int best = -1;
      for (int k = 0; k < p.length; k++) {
        if (!taken[k] && (best < 0 || p[k] > p[best])) {
          best = k;
        }
      }
      taken[best] = true;
      top[c] = best;
    }
    List<Prediction.Candidate> list = new ArrayList<>(n);
    for (int c = 0; c < n; c++) {
      list.add(new Prediction.Candidate(names.get(top[c]), p[top[c]]));
    }
    return new Prediction(names.get(top[0]), p[top[0]], list);
  }

  /** Number of (bucket, label) weights that are not zero, for model sizes and sparse storage. */
  int nonZeroBuckets() {
    int n = 0;
    for (int f = 0; f < dimension; f++) {
      if (bucketUsed(f)) {
        n++;
      }
    }
    return n;
  }

  boolean bucketUsed(int f) {
    int base = f * labels;
    for (int k = 0; k < labels; k++) {
      if (weights[base + k] != 0f) {
        return true;
      }
    }
    return false;
  }
}
