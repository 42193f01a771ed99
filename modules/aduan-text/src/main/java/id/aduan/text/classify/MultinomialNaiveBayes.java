package id.aduan.text.classify;

import id.aduan.text.normalize.IndonesianTokenizer;
import id.aduan.text.normalize.TextNormalizer;
import id.aduan.text.pii.PiiMasker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The textbook baseline: multinomial naive Bayes on word counts with add-one smoothing, over the same
 * masked, normalised, stemmed words the real model sees. It exists to be beaten; a learner that cannot beat it on
 * macro-F1 is not worth its weights.
 */
public final class MultinomialNaiveBayes implements Classifier {

  private static final PiiMasker MASKER = new PiiMasker();

  private final List<String> labels;
  private final double[] logPrior;
  private final Map<String, double[]> logLikelihood;
  private final TextNormalizer normalizer;
  private final IndonesianTokenizer tokenizer = new IndonesianTokenizer(true);

  private MultinomialNaiveBayes(
      List<String> labels, double[] logPrior, Map<String, double[]> logLikelihood, TextNormalizer normalizer) {
    this.labels = labels;
    this.logPrior = logPrior;
    this.logLikelihood = logLikelihood;
    this.normalizer = normalizer;
  }

  public static MultinomialNaiveBayes train(List<LabelledText> data) {
    TextNormalizer normalizer = TextNormalizer.standard();
    List<String> labels = new ArrayList<>(new TreeSet<>(data.stream().map(LabelledText::label).toList()));
    int k = labels.size();
    Map<String, int[]> counts = new HashMap<>();
    long[] totals = new long[k];
    int[] docs = new int[k];
    try (IndonesianTokenizer tokenizer = new IndonesianTokenizer(true)) {
      for (LabelledText row : data) {
        int y = labels.indexOf(row.label());
        docs[y]++;
        for (String token : tokenizer.tokens(normalizer.normalize(MASKER.mask(row.text()).text()))) {
          counts.computeIfAbsent(token, t -> new int[k])[y]++;
          totals[y]++;
        }
      }
    }
    int vocabulary = counts.size();
    double[] logPrior = new double[k];
    for (int c = 0; c < k; c++) {
      logPrior[c] = Math.log((double) docs[c] / data.size());
    }
    Map<String, double[]> logLikelihood = new HashMap<>(counts.size() * 2);
    counts.forEach((token, perClass) -> {
      double[] l = new double[k];
      for (int c = 0; c < k; c++) {
        l[c] = Math.log((perClass[c] + 1.0) / (totals[c] + vocabulary));
      }
      logLikelihood.put(token, l);
    });
    return new MultinomialNaiveBayes(List.copyOf(labels), logPrior, logLikelihood, normalizer);
  }

  @Override
  public List<String> labels() {
    return labels;
  }

  @Override
  public Prediction predict(String text) {
    double[] score = logPrior.clone();
    tokenizer.forEachToken(normalizer.normalize(MASKER.mask(text).text()), (buffer, length) -> {
      double[] l = logLikelihood.get(new String(buffer, 0, length));
      if (l == null) {
        return; // words never seen in training say nothing about any class
      }
      for (int c = 0; c < score.length; c++) {
        score[c] += l[c];
      }
    });
    SoftmaxWeights.softmax(score, 1);
    return SoftmaxWeights.toPrediction(score, labels, TextClassifier.CANDIDATES);
  }
}
