package id.aduan.streams.router.classify;

import id.aduan.text.classify.TextClassifier;

/** A classifier ready to use, with the version recorded on every complaint it classifies. */
public record LoadedModel(String version, TextClassifier classifier) {}
