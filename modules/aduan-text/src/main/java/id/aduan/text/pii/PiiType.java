package id.aduan.text.pii;

/** The kinds of personal data the masker recognises, each with the token that replaces it in masked text. */
public enum PiiType {
  NIK("[NIK]"),
  KK("[KK]"),
  TELEPON("[TELEPON]"),
  EMAIL("[EMAIL]"),
  REKENING("[REKENING]"),
  PLAT_NOMOR("[PLAT]"),
  NAMA("[NAMA]");

  private final String token;

  PiiType(String token) {
    this.token = token;
  }

  /** The readable placeholder written where the personal data was. */
  public String token() {
    return token;
  }
}
