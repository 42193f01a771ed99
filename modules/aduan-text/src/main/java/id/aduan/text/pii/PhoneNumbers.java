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
      int lastPhoneGroup = -1;
      for (int first = 0; first < chain.groups(); first++) {
        if (first > 0 && first - 1 != lastPhoneGroup && !standsAlone(t, chain, first - 1)) {
          continue; // "8840-6227-215395", "4220 0653 8201658": the middle of a longer number
        }
        int last = longestPhone(t.digits, chain, first);
        if (last < 0) {
          last = spelledOut(t.digits, chain, first);
        }
        if (last >= 0) {
          int start = t.widenLeft(chain.groupStarts()[first], last > first ? chain.groupEnds()[first] : -1);
          out.add(new PiiFinding(PiiType.TELEPON, start, t.joinedEnd(chain.groupEnds()[last])));
          first = last;
          lastPhoneGroup = last;
        }
      }
    }
  }

  /** A long group followed by a space is a number of its own, as in a list of numbers ("0274555773 08983883170"). */
  private static boolean standsAlone(ScannedText t, NumberChain chain, int group) {
    return chain.length(group) >= 6 && chain.separatorAfter(t.digits, group).indexOf(' ') >= 0;
  }

  private static int longestPhone(CharSequence text, NumberChain chain, int first) {
    for (int last = chain.groups() - 1; last >= first; last--) {
      if (isPhone(text, chain, first, last)) {
        return last;
      }
    }
    return -1;
  }

  /**
   * A number written digit by digit to slip past a filter ("0 8 1 2 3 4 5 6 7 8 9 0", "+62 8 1 2 …"): at
   * least eight groups, all but two of them single digits, read as one run. Dates and times never look like this.
   */
  private static int spelledOut(CharSequence text, NumberChain chain, int first) {
    int longGroups = 0;
    int last = first;
    while (last < chain.groups() && (chain.length(last) == 1 || longGroups++ < 2)) {
      last++;
    }
    last--;
    if (last - first + 1 < 8) {
      return -1;
    }
    String digits = chain.digitString(text, first, last);
    String national = digits.startsWith("62") ? "0" + digits.substring(2) : digits;
    for (int end = last; end - first + 1 >= 8; end--) {
      int length = national.length() - (chain.digits(first, last) - chain.digits(first, end));
      if (length >= MOBILE_MIN && length <= MOBILE_MAX && national.startsWith("08") && national.charAt(2) != '0') {
        return end;
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
    if (chain.plusBefore() || t.digits.charAt(start) == '0' || chain.groups() < 2) {
      return false;
    }
    for (int g = 1; g < chain.groups(); g++) {
      if (chain.length(g) != 3 || !chain.separatorAfter(t.digits, g - 1).equals(".")) {
        return false;
      }
    }
    return true;
  }
}
