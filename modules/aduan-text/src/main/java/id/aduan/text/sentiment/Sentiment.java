package id.aduan.text.sentiment;

import java.util.Locale;

/** The tone of a text, as the SmSA and NusaX sentiment sets label it. */
public enum Sentiment {
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  /** Reads "negative", "neutral", "positive" and the Indonesian "negatif", "netral", "positif". */
  public static Sentiment fromLabel(String label) {
    return switch (label.strip().toLowerCase(Locale.ROOT)) {
      case "negative", "negatif", "neg" -> NEGATIVE;
      case "neutral", "netral", "neu" -> NEUTRAL;
      case "positive", "positif", "pos" -> POSITIVE;
      default -> throw new IllegalArgumentException("not a sentiment label: " + label);
    };
  }
}
