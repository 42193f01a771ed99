package id.aduan.streams.router.classify;

import id.aduan.text.TextEngine;
import id.aduan.text.classify.TextClassifier;

/** A category model ready to use in the text engine, with the version recorded on every complaint. */
public record LoadedModel(String version, TextEngine engine) {

  public static LoadedModel of(String version, TextClassifier categories) {
    return new LoadedModel(version, TextEngine.withCategoryModel(categories));
  }
}
