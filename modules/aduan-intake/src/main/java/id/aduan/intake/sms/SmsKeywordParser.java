package id.aduan.intake.sms;

import java.util.Locale;

/**
 * The SMS keyword format {@code ADUAN#lokasi#isi}, as printed on posters for feature-phone users: the part
 * between the hashes is where the problem is, the rest is the complaint. {@code ADUAN#isi} has no
 * location; any other message is the complaint as it stands.
 */
public final class SmsKeywordParser {
  public static final String KEYWORD = "ADUAN";

  /** The complaint text and, if the sender gave one, the location. */
  public record Parsed(String location, String text) {}

  private SmsKeywordParser() {}

  public static Parsed parse(String message) {
    String trimmed = message.strip();
    if (!trimmed.toUpperCase(Locale.ROOT).startsWith(KEYWORD + "#")) {
      return new Parsed(null, trimmed);
    }
    String rest = trimmed.substring(KEYWORD.length() + 1);
    int hash = rest.indexOf('#');
    if (hash < 0) {
      return new Parsed(null, rest.strip());
    }
    String location = rest.substring(0, hash).strip();
    return new Parsed(location.isEmpty() ? null : location, rest.substring(hash + 1).strip());
  }
}
