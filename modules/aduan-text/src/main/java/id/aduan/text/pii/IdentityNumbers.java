package id.aduan.text.pii;

import java.util.List;

/**
 * Sixteen-digit population numbers: the NIK on the identity card and the family card (KK) number. Both
 * start with a six-digit region code (province, regency, district); the NIK continues with the birth date
 * (day + 40 for women) and the KK with its issue date. Any 16-digit number is masked, because citizens
 * also mistype them and a masked bank card number is no loss; the words before it decide NIK or KK.
 */
final class IdentityNumbers implements PiiRule {

  private static final int LENGTH = 16;
  private static final int CONTEXT = 30;

  @Override
  public void find(ScannedText t, List<PiiFinding> out) {
    for (NumberChain chain : t.chains()) {
      for (int first = 0; first < chain.groups(); first++) {
        int last = lastGroupOfSixteen(chain, first);
        if (last < 0) {
          continue;
        }
        int start = chain.groupStarts()[first];
        int end = chain.groupEnds()[last];
        PiiType type = t.wordBefore(start, CONTEXT, "kk", "kartu keluarga") && !nikNearer(t, start) ? PiiType.KK : PiiType.NIK;
        out.add(new PiiFinding(type, start, end));
        first = last;
      }
    }
  }

  private static boolean nikNearer(ScannedText t, int start) {
    int from = Math.max(0, start - CONTEXT);
    String lower = t.lower();
    int nik = Math.max(lower.lastIndexOf("nik", start), lower.lastIndexOf("ktp", start));
    int kk = Math.max(lower.lastIndexOf("kk", start), lower.lastIndexOf("kartu keluarga", start));
    return nik >= from && nik > kk;
  }

  private static int lastGroupOfSixteen(NumberChain chain, int first) {
    int digits = 0;
    for (int g = first; g < chain.groups(); g++) {
      if (g > first && (chain.length(g) < 2 || chain.length(g - 1) < 2)) {
        return -1;
      }
      digits += chain.length(g);
      if (digits == LENGTH) {
        // A digit run glued to the next group by a single dot or dash would be a longer number, not a NIK.
        return g;
      }
      if (digits > LENGTH) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether 16 digits have the NIK's structure: a known province code and a possible birth date. */
  static boolean hasNikStructure(String digits) {
    if (digits.length() != LENGTH) {
      return false;
    }
    int province = Integer.parseInt(digits.substring(0, 2));
    int day = Integer.parseInt(digits.substring(6, 8));
    int month = Integer.parseInt(digits.substring(8, 10));
    boolean dayOk = (day >= 1 && day <= 31) || (day >= 41 && day <= 71);
    return isProvince(province) && dayOk && month >= 1 && month <= 12;
  }

  static boolean isProvince(int code) {
    return (code >= 11 && code <= 19)
        || code == 21
        || (code >= 31 && code <= 36)
        || (code >= 51 && code <= 53)
        || (code >= 61 && code <= 65)
        || (code >= 71 && code <= 76)
        || code == 81
        || code == 82
        || (code >= 91 && code <= 97);
  }
}
