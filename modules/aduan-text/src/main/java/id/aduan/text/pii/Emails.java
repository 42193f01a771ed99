package id.aduan.text.pii;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses; the pattern only runs when the text has an '@'. */
final class Emails implements PiiRule {

  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  @Override
  public void find(ScannedText t, List<PiiFinding> out) {
    if (t.text.indexOf('@') < 0) {
      return;
    }
    Matcher m = EMAIL.matcher(t.text);
    while (m.find()) {
      out.add(new PiiFinding(PiiType.EMAIL, m.start(), m.end()));
    }
  }
}
