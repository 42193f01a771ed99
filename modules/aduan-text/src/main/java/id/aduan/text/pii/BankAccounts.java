package id.aduan.text.pii;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bank account numbers. Alone they are indistinguishable from any other number, so only a number of
 * six or more digits shortly after a bank word ("rekening", "no rek", "BCA", …) counts here; {@link AccountNumbers}
 * takes longer numbers with other evidence once phone and identity numbers have had their turn.
 */
final class BankAccounts implements PiiRule {

  private static final Pattern BANK_WORD = Pattern.compile(
      "(?<![a-z])(?:no\\.?\\s?rek(?:ening)?|norek|rekening|rek|bank|bca|bri|bni|mandiri|bsi|btn|cimb(?: niaga)?"
          + "|danamon|permata|bjb|bpd|muamalat|ocbc|panin|jago|seabank|mega)(?![a-z])");
  private static final int WINDOW = 30;
  private static final int MIN_DIGITS = 6;

  @Override
  public void find(ScannedText t, List<PiiFinding> out) {
    if (!hasLongNumber(t)) {
      return;
    }
    Matcher m = BANK_WORD.matcher(t.lower());
    int searchedUpTo = 0;
    while (m.find()) {
      for (NumberChain chain : t.chains()) {
        int start = chain.groupStarts()[0];
        if (start < m.end() || start > m.end() + WINDOW || start < searchedUpTo) {
          continue;
        }
        if (t.wordBefore(start, 4, "rp") || interruptedBySentence(t.text, m.end(), start) || phoneCueBetween(t, m.end(), start)) {
          break;
        }
        if (chain.digits(0, chain.groups() - 1) >= MIN_DIGITS) {
          // the whole chain: a bank may print "123-456-789-7", and a check digit left over is still a clue
          int end = t.joinedEnd(chain.groupEnds()[chain.groups() - 1]);
          out.add(new PiiFinding(PiiType.REKENING, start, end));
          searchedUpTo = end;
        }
        break;
      }
    }
  }

  private static boolean hasLongNumber(ScannedText t) {
    for (NumberChain chain : t.chains()) {
      if (chain.digits(0, chain.groups() - 1) >= MIN_DIGITS) {
        return true;
      }
    }
    return false;
  }

  /** "hubungi BCA via wa 0812…": the number belongs to a phone cue that comes after the bank word. */
  private static boolean phoneCueBetween(ScannedText t, int from, int to) {
    return t.wordBefore(to, to - from, "wa", "whatsapp", "hp", "telp", "telepon", "telpon", "call", "sms");
  }

  private static boolean interruptedBySentence(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '!' || c == '?' || (c == '.' && i + 1 < to && text.charAt(i + 1) == ' ' && i > from + 4)) {
        return true;
      }
    }
    return false;
  }
}
