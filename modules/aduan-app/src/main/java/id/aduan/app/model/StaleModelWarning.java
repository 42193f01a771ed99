package id.aduan.app.model;

import id.aduan.text.classify.TextClassifier;
import id.aduan.text.normalize.TextPipeline;
import java.io.PrintWriter;

/** Says so when a model was trained with other lexicons than this build's: it works, but should be retrained. */
final class StaleModelWarning {

  private StaleModelWarning() {}

  static void check(TextClassifier model, String name, PrintWriter err) {
    if (!model.readsTextAsTrained()) {
      err.printf("warning: %s was trained with text pipeline %s, this build uses %s; retrain it for best results%n",
          name, model.info().textPipeline(), TextPipeline.fingerprint());
      err.flush();
    }
  }
}
