package id.aduan.text.pii;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Vehicle registration plates ({@code BG 1234 AB}, {@code B1234XYZ}): a known region code, one to four
 * digits and a one-to-three-letter suffix. Lower-case text is accepted only when spaced, with three or more digits
 * and a suffix that is not a unit or month ("e184ncp" is a booking code), so that "dr 5 org" or "a 100 m" stay as they are.
 */
final class VehiclePlates implements PiiRule {

  private static final Set<String> REGIONS = Set.of(
      "A", "B", "D", "E", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "W", "Z",
      "AA", "AB", "AD", "AE", "AG", "BA", "BB", "BD", "BE", "BG", "BH", "BK", "BL", "BM", "BN", "BP",
      "DA", "DB", "DC", "DD", "DE", "DG", "DH", "DK", "DL", "DM", "DN", "DP", "DR", "DS", "DT", "DW",
      "EA", "EB", "ED", "KB", "KH", "KT", "KU", "PA", "PB", "PG");

  private static final Set<String> NOT_A_SUFFIX = Set.of(
      "m", "km", "cm", "mm", "kg", "jt", "rb", "ribu", "org", "x", "kali", "thn", "th", "jam", "hr", "rt", "rw",
      "no", "jan", "feb", "mar", "apr", "mei", "jun", "jul", "agu", "agt", "ags", "sep", "okt", "nov", "des",
      "wib", "wit", "pm", "am", "kwh", "lt", "ltr", "cc", "an", "buah", "unit", "bh", "kmh");

  private static final String[] ADDRESS_WORDS = {"blok", "no", "nomor", "kav", "kavling", "gang", "gg", "lantai", "lt", "rt", "rw", "jalur"};

  @Override
  public void find(ScannedText t, List<PiiFinding> out) {
    // a plate's digits are a digit run of 1-4; look around each run instead of scanning the text with a regex
    String text = t.text;
    for (NumberChain chain : t.chains()) {
      for (int g = 0; g < chain.groups(); g++) {
        int ds = chain.groupStarts()[g];
        int de = chain.groupEnds()[g];
        if (de - ds > 4) {
          continue;
        }
        int regionEnd = ds > 0 && isSeparator(text.charAt(ds - 1)) ? ds - 1 : ds;
        int regionStart = regionEnd;
        while (regionStart > 0 && Character.isLetter(text.charAt(regionStart - 1)) && regionEnd - regionStart < 3) {
          regionStart--;
        }
        int suffixStart = de < text.length() && isSeparator(text.charAt(de)) ? de + 1 : de;
        int suffixEnd = suffixStart;
        while (suffixEnd < text.length() && Character.isLetter(text.charAt(suffixEnd)) && suffixEnd - suffixStart < 4) {
          suffixEnd++;
        }
        int regionLength = regionEnd - regionStart;
        int suffixLength = suffixEnd - suffixStart;
        if (regionLength < 1 || regionLength > 2 || suffixLength < 1 || suffixLength > 3
            || (regionStart > 0 && Character.isLetterOrDigit(text.charAt(regionStart - 1)))
            || (suffixEnd < text.length() && Character.isLetterOrDigit(text.charAt(suffixEnd)))) {
          continue;
        }
        String region = text.substring(regionStart, regionEnd);
        String suffix = text.substring(suffixStart, suffixEnd);
        if (!REGIONS.contains(region.toUpperCase(Locale.ROOT))) {
          continue;
        }
        boolean upper = isUpper(region) && isUpper(suffix);
        boolean separated = regionEnd < ds && suffixStart > de;
        if (NOT_A_SUFFIX.contains(suffix.toLowerCase(Locale.ROOT)) || (!upper && (de - ds < 3 || !separated))) {
          continue;
        }
        if (t.wordBefore(regionStart, 8, ADDRESS_WORDS)) {
          continue;
        }
        out.add(new PiiFinding(PiiType.PLAT_NOMOR, regionStart, suffixEnd));
      }
    }
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-';
  }

  private static boolean isUpper(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
