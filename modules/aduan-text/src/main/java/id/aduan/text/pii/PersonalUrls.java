package id.aduan.text.pii;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data carried by links: a chat link to a number ({@code wa.me/62812…}, {@code tel:…}), a
 * {@code mailto:} address in any encoding, and query parameters that name what they hold
 * ({@code ?phone=…}, {@code &nik=…}, {@code email=…}, {@code nama=…}). The value is masked whatever its
 * shape, because the parameter's name already says what it is.
 */
final class PersonalUrls implements PiiRule {

  private static final Pattern LINK = Pattern.compile(
      "(?i)(?:(?<![a-z0-9])(wa\\.me/|t\\.me/\\+?|tel:|mailto:)|[?&;]([a-z_-]{2,16})=)([^\\s&#\"'<>]+)");

  private static final Map<String, PiiType> PARAMETERS = Map.ofEntries(
      Map.entry("phone", PiiType.TELEPON), Map.entry("hp", PiiType.TELEPON), Map.entry("no_hp", PiiType.TELEPON),
      Map.entry("nohp", PiiType.TELEPON), Map.entry("telp", PiiType.TELEPON), Map.entry("tel", PiiType.TELEPON),
      Map.entry("telepon", PiiType.TELEPON), Map.entry("wa", PiiType.TELEPON), Map.entry("whatsapp", PiiType.TELEPON),
      Map.entry("mobile", PiiType.TELEPON), Map.entry("msisdn", PiiType.TELEPON),
      Map.entry("email", PiiType.EMAIL), Map.entry("e-mail", PiiType.EMAIL), Map.entry("mail", PiiType.EMAIL),
      Map.entry("nik", PiiType.NIK), Map.entry("ktp", PiiType.NIK), Map.entry("no_ktp", PiiType.NIK),
      Map.entry("kk", PiiType.KK), Map.entry("no_kk", PiiType.KK),
      Map.entry("nama", PiiType.NAMA), Map.entry("name", PiiType.NAMA), Map.entry("nama_lengkap", PiiType.NAMA),
      Map.entry("fullname", PiiType.NAMA), Map.entry("full_name", PiiType.NAMA),
      Map.entry("rek", PiiType.REKENING), Map.entry("norek", PiiType.REKENING), Map.entry("rekening", PiiType.REKENING),
      Map.entry("account", PiiType.REKENING));

  @Override
  public void find(ScannedText t, List<PiiFinding> out) {
    if (t.text.indexOf('=') < 0 && t.text.indexOf(".me/") < 0 && !hasContactScheme(t.text)) {
      return;
    }
    Matcher m = LINK.matcher(t.text);
    while (m.find()) {
      PiiType type = m.group(1) != null ? schemeType(m.group(1)) : PARAMETERS.get(m.group(2).toLowerCase(Locale.ROOT));
      if (type != null) {
        out.add(new PiiFinding(type, m.start(3), trimPunctuation(t.text, m.start(3), m.end(3))));
      }
    }
  }

  private static boolean hasContactScheme(String text) {
    for (int i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
      if (text.regionMatches(true, i - 3, "tel", 0, 3) || text.regionMatches(true, i - 6, "mailto", 0, 6)) {
        return true;
      }
    }
    return false;
  }

  private static PiiType schemeType(String scheme) {
    return scheme.equalsIgnoreCase("mailto:") ? PiiType.EMAIL : PiiType.TELEPON;
  }

  /** A link at the end of a sentence keeps the sentence's full stop or bracket. */
  private static int trimPunctuation(String text, int start, int end) {
    int e = end;
    while (e > start + 1 && ".,;:!?)".indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return e;
  }
}
