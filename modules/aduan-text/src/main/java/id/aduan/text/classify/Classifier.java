package id.aduan.text.classify;

import java.util.List;

/** Anything that labels a text; the trained model and the naive Bayes baseline are measured alike. */
public interface Classifier {

  List<String> labels();

  Prediction predict(String text);
}
