package id.aduan.text.classify;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression trained by stochastic gradient descent with AdaGrad step sizes. AdaGrad
 * gives rare n-grams larger steps than frequent ones, which suits hashed text features, and it needs no
 * learning-rate schedule. Deterministic for a given seed and input order, on any platform: float arithmetic
 * is IEEE-exact in Java 17 and the transcendental functions come from StrictMath, so a model file can be
 * reproduced byte for byte.
 */
public final class SoftmaxRegression {

  private static final double EPSILON = 1e-8;

  private SoftmaxRegression() {}

  public static SoftmaxWeights train(
      List<SparseVector> xs, int[] ys, int labels, int dimension, TrainingOptions options, String phase, TrainingProgress progress) {
    float[] w = new float[labels * dimension];
    float[] g2 = new float[labels * dimension];
    float[] bias = new float[labels];
    double[] biasG2 = new double[labels];
    double[] classWeight = classWeights(ys, labels, options.balanced());
    int n = xs.size();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random random = new Random(options.seed());
    double[] p = new double[labels];
    float[] g = new float[labels];
    float lr = (float) options.learningRate();
    float l2 = (float) options.l2();
    SoftmaxWeights view = new SoftmaxWeights(labels, dimension, w, bias, 1);
    for (int epoch = 1; epoch <= options.epochs(); epoch++) {
      shuffle(order, random);
      double loss = 0;
      for (int o = 0; o < n; o++) {
        int i = order[o];
        SparseVector x = xs.get(i);
        int y = ys[i];
        view.logits(x, p);
        SoftmaxWeights.softmax(p, 1);
        double cw = classWeight[y];
        loss += -cw * StrictMath.log(Math.max(p[y], 1e-12));
        int[] idx = x.indices();
        float[] val = x.values();
        for (int k = 0; k < labels; k++) {
          g[k] = (float) (cw * (p[k] - (k == y ? 1 : 0)));
          biasG2[k] += (double) g[k] * g[k];
          bias[k] -= (float) (lr * g[k] / (Math.sqrt(biasG2[k]) + EPSILON));
        }
        for (int j = 0; j < idx.length; j++) {
          int base = idx[j] * labels;
          float v = val[j];
          for (int k = 0; k < labels; k++) {
            int at = base + k;
            float grad = g[k] * v + l2 * w[at];
            g2[at] += grad * grad;
            w[at] -= lr * grad / (float) (Math.sqrt(g2[at]) + EPSILON);
          }
        }
      }
      progress.epochDone(phase, epoch, options.epochs(), loss / Math.max(1, n));
    }
    return view;
  }

  private static double[] classWeights(int[] ys, int labels, boolean balanced) {
    double[] weights = new double[labels];
    if (!balanced) {
      java.util.Arrays.fill(weights, 1);
      return weights;
    }
    int[] counts = new int[labels];
    for (int y : ys) {
      counts[y]++;
    }
    for (int k = 0; k < labels; k++) {
      // sqrt of the inverse frequency: full inverse weighting overshoots on very rare classes
      weights[k] = counts[k] == 0 ? 0 : Math.sqrt((double) ys.length / (labels * (double) counts[k]));
    }
    return weights;
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
