package id.aduan.intake.privacy;

import id.aduan.text.pii.PiiMasker;

/**
 * Free text as anyone may read it: citizens write names, phone numbers, plates and e-mail addresses into
 * every field, addresses included, so whatever intake shows publicly or keeps for itself passes the same
 * masker as the text on unit topics ({@code [TELEPON]}, {@code [PLAT]}, …).
 */
public final class PublicText {
  private static final PiiMasker MASKER = new PiiMasker();

  private PublicText() {}

  /** The text with its personal data masked; null stays null. */
  public static String masked(String text) {
    return text == null ? null : MASKER.mask(text).text();
  }
}
