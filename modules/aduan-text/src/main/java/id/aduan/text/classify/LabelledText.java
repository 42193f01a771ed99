package id.aduan.text.classify;

/** A text and the label a person gave it. */
public record LabelledText(String text, String label) {}
