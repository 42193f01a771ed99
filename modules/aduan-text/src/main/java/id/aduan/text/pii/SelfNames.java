package id.aduan.text.pii;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name where the text introduces it ("nama saya …", "saya bernama …", "atas nama …"). Names
 * elsewhere are not guessed: without a cue there is no telling a name from a street or a place.
 */
final class SelfNames implements PiiRule {

  private static final Pattern CUE = Pattern.compile(
      "(?<![a-z])(?:nama saya|nama sy|saya bernama|sy bernama|perkenalkan,? saya|atas nama|a\\.\\s?n\\.?)(?:\\s*(?:adalah|ialah|yaitu))?\\s*:?\\s*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}'][\\p{L}'-]*\\.?");
  private static final int MAX_WORDS = 4;

  /** Words that end a name, or show the cue was not followed by one ("nama saya sudah terdaftar"). */
  private static final Set<String> NOT_NAME = Set.of(
      "dari", "dan", "yang", "yg", "warga", "tinggal", "ingin", "mau", "akan", "sebagai", "adalah", "dengan", "dgn",
      "di", "ke", "no", "nomor", "nik", "umur", "usia", "selaku", "pemilik", "hendak", "melaporkan", "saya", "sy",
      "alamat", "beralamat", "kelurahan", "kecamatan", "rt", "rw", "sudah", "sdh", "belum", "blm", "tidak", "tdk",
      "telah", "tertera", "tercantum", "terdaftar", "salah", "berubah", "ada", "masih", "juga", "pun", "tapi",
      "namun", "hilang", "beda", "berbeda", "ganda", "sama", "istri", "suami", "anak", "ibu", "bapak", "pak",
      "bu", "orang", "tua", "keluarga", "kami", "ini", "itu", "tersebut", "untuk", "utk", "pada", "dalam",
      "bisa", "gak", "ga", "nggak", "mohon", "tolong", "pemohon", "pelapor", "seorang", "adik", "kakak",
      "kk", "ktp", "akta", "akte", "sendiri", "lengkap", "asli", "berdomisili", "domisili", "bekerja", "mahasiswa",
      "karena", "krn", "terima", "kasih", "bernama", "nama", "sdr", "sdri", "saudara", "saudari", "kebetulan", "sendirian", "penumpang", "pribadi", "perusahaan", "instansi", "lembaga",
      "mahasiswi", "fakultas", "siswa", "pegawai", "karyawan", "petugas", "sopir", "supir", "pengemudi", "driver");

  @Override
  public void find(ScannedText t, List<PiiFinding> out) {
    if (!t.containsIgnoreCase("nama") && !t.containsIgnoreCase("a.n") && !t.containsIgnoreCase("a. n")
        && !t.containsIgnoreCase("perkenalkan")) {
      return;
    }
    String lower = t.lower();
    Matcher cue = CUE.matcher(lower);
    while (cue.find()) {
      int end = nameEnd(t.text, lower, cue.end());
      if (end > cue.end()) {
        out.add(new PiiFinding(PiiType.NAMA, cue.end(), end));
      }
    }
  }

  private static int nameEnd(String text, String lower, int from) {
    Matcher word = WORD.matcher(text);
    word.region(from, text.length());
    int pos = from;
    int end = from;
    boolean capitalised = false;
    for (int count = 0; count < MAX_WORDS && word.lookingAt(); count++) {
      int wordEnd = camelHump(text, word.start(), word.end());
      String w = stripTrailingDot(lower.substring(word.start(), wordEnd));
      boolean startsUpper = Character.isUpperCase(text.charAt(word.start()));
      if (NOT_NAME.contains(w)) {
        break;
      }
      if (count == 0) {
        capitalised = startsUpper;
      } else if (capitalised && !startsUpper) {
        break;
      }
      end = word.start() + w.length();
      pos = word.end();
      if (wordEnd < pos) {
        break;
      }
      boolean sentenceEnds = text.charAt(pos - 1) == '.' && !(w.length() <= 2);
      int next = skipSpaces(text, pos);
      if (sentenceEnds || next == pos || next >= text.length()) {
        break;
      }
      word.region(next, text.length());
    }
    return end;
  }

  /** "PrasetyoSaya": a missing space before the next sentence shows as a capital after a small letter. */
  private static int camelHump(String text, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      if (Character.isUpperCase(text.charAt(i)) && Character.isLowerCase(text.charAt(i - 1))) {
        return i;
      }
    }
    return end;
  }

  private static String stripTrailingDot(String w) {
    int n = w.length();
    while (n > 0 && (w.charAt(n - 1) == '.' || w.charAt(n - 1) == '-')) {
      n--;
    }
    return w.substring(0, n);
  }

  private static int skipSpaces(String text, int pos) {
    int p = pos;
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    return p;
  }
}
