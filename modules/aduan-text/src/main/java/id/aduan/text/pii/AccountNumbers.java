package id.aduan.text.pii;

import java.util.List;

/**
 * Account numbers written without a bank's name: 10–18 digits that are not a phone or identity number (those
 * rules run first) and carry other evidence of an account: a cue before ("no.", "norek", "transfer ke",
 * "id pelanggan"), a holder after ("a/n Budi", "atas nama"), or the grouping banks print ("123-456-7890",
 * "1234 5678 9012"). A bare run of digits without any of these stays: it is as often a booking or ticket number.
 */
final class AccountNumbers implements PiiRule {

  private static final int MIN_DIGITS = 10;
  private static final int MAX_DIGITS = 18;
  private static final int CUE_BEFORE = 25;
  private static final String[] CUES_BEFORE = {
    "no", "nomor", "nmr", "nomer", "norek", "rek", "transfer", "tf", "trf", "kirim", "ke", "va", "virtual account",
    "akun", "account", "acc", "id pelanggan", "idpel", "pelanggan"
  };
  /** Numbers that identify a transaction, parcel or document rather than a person's account. */
  private static final String[] OTHER_NUMBER = {
    "resi", "transaksi", "order", "pesanan", "booking", "tiket", "invoice", "tagihan", "ref", "referensi", "reg",
    "registrasi", "pengaduan", "laporan", "ext"
  };
  private static final String[] HOLDER_AFTER = {"a/n", "a.n", "an.", "an", "atas nama"};

  @Override
  public void find(ScannedText t, List<PiiFinding> out) {
    for (NumberChain chain : t.chains()) {
      int digits = chain.digits(0, chain.groups() - 1);
      int start = chain.groupStarts()[0];
      if (digits < MIN_DIGITS || digits > MAX_DIGITS || looksLikeDateOrMoney(t, chain) || gluedToLetters(t, start)
          || t.wordBefore(start, CUE_BEFORE, OTHER_NUMBER)) {
        continue;
      }
      int end = chain.groupEnds()[chain.groups() - 1];
      if (t.wordBefore(start, CUE_BEFORE, CUES_BEFORE) || holderAfter(t, end) || printedGrouping(chain)) {
        out.add(new PiiFinding(PiiType.REKENING, start, t.joinedEnd(end)));
      }
    }
  }

  /** "dpk3702190474215": digits glued to letters are a code (a parcel, a booking), not an account. */
  private static boolean gluedToLetters(ScannedText t, int start) {
    return start > 0 && Character.isLetter(t.text.charAt(start - 1));
  }

  /**
   * "12-05-2021 10.30" (day and month first), "Rp 1.250.000.000", "2019 2020 2021" and coordinates
   * ("107.684338885981") are not accounts.
   */
  private static boolean looksLikeDateOrMoney(ScannedText t, NumberChain chain) {
    int start = chain.groupStarts()[0];
    if (t.wordBefore(start, 4, "rp", "idr")) {
      return true;
    }
    if (chain.groups() >= 2 && chain.length(0) <= 2 && chain.length(1) <= 2) {
      return true;
    }
    if (chain.groups() >= 2 && chain.length(0) <= 3 && chain.length(1) >= 5 && chain.separatorAfter(t.digits, 0).equals(".")) {
      return true;
    }
    boolean thousands = chain.groups() >= 2 && chain.length(0) <= 3;
    boolean years = true;
    for (int g = 0; g < chain.groups(); g++) {
      if (g > 0) {
        thousands &= chain.length(g) == 3 && chain.separatorAfter(t.digits, g - 1).equals(".");
      }
      years &= chain.length(g) == 4 && (t.digits.startsWith("19", chain.groupStarts()[g]) || t.digits.startsWith("20", chain.groupStarts()[g]));
    }
    return thousands || (years && chain.groups() > 1);
  }

  private static boolean holderAfter(ScannedText t, int end) {
    int p = end;
    while (p < t.text.length() && p - end < 3 && (t.text.charAt(p) == ' ' || t.text.charAt(p) == ',' || t.text.charAt(p) == '(')) {
      p++;
    }
    String lower = t.lower();
    for (String h : HOLDER_AFTER) {
      if (lower.startsWith(h, p) && (p + h.length() == lower.length() || !Character.isLetter(lower.charAt(p + h.length())))) {
        return true;
      }
    }
    return false;
  }

  /** At least two groups of three or more digits, the way banks print account numbers. */
  private static boolean printedGrouping(NumberChain chain) {
    if (chain.groups() < 2) {
      return false;
    }
    for (int g = 0; g < chain.groups(); g++) {
      if (chain.length(g) < 3) {
        return false;
      }
    }
    return true;
  }
}
