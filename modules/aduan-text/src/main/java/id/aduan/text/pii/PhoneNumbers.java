package id.aduan.text.pii;

import java.util.List;

/**
 * Indonesian mobile and landline numbers in the forms people write them: {@code 0812-3456-7890},
 * {@code +62 812 3456 7890}, {@code 6281234567890}, {@code (022) 765 4321}, {@code 021-5551234}. The
 * grouping must look like a phone number (a four-digit {@code 08xx} or an area code first), which is what
 * keeps dates ({@code 08-05-2021}), times and amounts of money from being masked.
 */
final class PhoneNumbers implements PiiRule {

  private static final int MOBILE_MIN = 10;
  private static final int MOBILE_MAX = 13;
  private static final int LANDLINE_MIN = 9;
  private static final int LANDLINE_MAX = 11;

  @Override
  public void find(ScannedText t, List<PiiFinding> out) {
    for (NumberChain chain : t.chains()) {
      if (looksLikeMoney(t, chain)) {
        continue;
      }
      for (int first = 0; first < chain.groups(); first++) {
        int last = longestPhone(t.text, chain, first);
        if (last >= 0) {
          out.add(new PiiFinding(PiiType.TELEPON, t.widenLeft(chain.groupStarts()[first], last > first ? chain.groupEnds()[first] : -1), chain.groupEnds()[last]));
          first = last;
        }
      }
    }
  }

  private static int longestPhone(CharSequence text, NumberChain chain, int first) {
    for (int last = chain.groups() - 1; last >= first; last--) {
      if (isPhone(text, chain, first, last)) {
        return last;
      }
    }
    return -1;
  }

  static boolean isPhone(CharSequence text, NumberChain chain, int first, int last) {
    for (int g = first + 1; g <= last; g++) {
      if (chain.length(g) < 2) {
        return false;
      }
    }
    String digits = chain.digitString(text, first, last);
    int firstLen = chain.length(first);
    String national;
    int areaGroupLen;
    if (digits.startsWith("0")) {
      national = digits;
      areaGroupLen = firstLen;
    } else if (digits.startsWith("62")) {
      national = "0" + digits.substring(2);
      // "+62 812…": the group after the country code carries the operator or area code
      areaGroupLen = firstLen == 2 && last > first ? chain.length(first + 1) + 1 : firstLen - 1;
      if (firstLen == 2 && !(first == 0 && chain.plusBefore()) && last == first) {
        return false;
      }
    } else {
      return false;
    }
    int len = national.length();
    if (len < LANDLINE_MIN) {
      return false;
    }
    if (national.charAt(1) == '8') {
      boolean operator = national.charAt(2) >= '1' && national.charAt(2) <= '9';
      return operator && areaGroupLen >= 4 && len >= MOBILE_MIN && len <= MOBILE_MAX;
    }
    char area = national.charAt(1);
    boolean landlineArea = area >= '2' && area <= '9';
    boolean areaCodeGroup = (areaGroupLen == 3 || areaGroupLen == 4) && last > first;
    boolean oneRun = last == first;
    return landlineArea && (areaCodeGroup || oneRun) && len >= LANDLINE_MIN && len <= LANDLINE_MAX;
  }

  /** Thousands written with dots ({@code 1.500.000}) or a preceding "Rp" mark an amount, not a number to call. */
  private static boolean looksLikeMoney(ScannedText t, NumberChain chain) {
    int start = chain.groupStarts()[0];
    if (t.wordBefore(start, 4, "rp") || t.text.regionMatches(true, Math.max(0, start - 4), "idr", 0, 3)) {
      return true;
    }
    if (chain.plusBefore() || t.text.charAt(start) == '0' || chain.groups() < 2) {
      return false;
    }
    for (int g = 1; g < chain.groups(); g++) {
      if (chain.length(g) != 3 || !chain.separatorAfter(t.text, g - 1).equals(".")) {
        return false;
      }
    }
    return true;
  }
}
