package id.aduan.text.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated valid identity and phone numbers are always masked; generated dates, amounts and routes never. */
class PiiPropertiesTest {

  private static final String[] MOBILE_PREFIXES = {
    "811", "812", "813", "814", "815", "816", "817", "818", "819", "821", "822", "823", "831", "832", "833", "838",
    "851", "852", "853", "855", "856", "857", "858", "859", "877", "878", "881", "882", "883", "887", "888", "889",
    "895", "896", "897", "898", "899"
  };
  private static final String[] BEFORE = {"", "nik ", "no ktp: ", "hubungi ", "wa ", "kontak saya di ", "Saya (", "telp."};
  private static final String[] AFTER = {"", " ya", ". terima kasih", ", mohon dibantu", ")", " min!!"};

  private final PiiMasker masker = new PiiMasker();

  @Property(tries = 400)
  void everyValidNikIsMasked(@ForAll("niks") String nik, @ForAll("before") String before, @ForAll("after") String after) {
    assertTrue(IdentityNumbers.hasNikStructure(nik.replaceAll("[^0-9]", "")), nik);
    String masked = masker.mask(before + nik + after).text();
    assertEquals(before + "[NIK]" + after, masked);
  }

  @Property(tries = 600)
  void everyMobileNumberIsMasked(@ForAll("mobiles") String phone, @ForAll("before") String before, @ForAll("after") String after) {
    String masked = masker.mask(before + phone + after).text();
    assertEquals(before + "[TELEPON]" + after, masked, phone);
  }

  @Property(tries = 400)
  void datesMoneyAndRoutesAreNotMasked(@ForAll("harmless") String text) {
    MaskedText masked = masker.mask(text);
    assertEquals(text, masked.text());
    assertFalse(masked.text().contains("["));
  }

  @Provide
  Arbitrary<String> before() {
    return Arbitraries.of(BEFORE);
  }

  @Provide
  Arbitrary<String> after() {
    return Arbitraries.of(AFTER);
  }

  @Provide
  Arbitrary<String> niks() {
    Arbitrary<Integer> province = Arbitraries.of(11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53,
        61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 94);
    Arbitrary<Integer> area = Arbitraries.integers().between(1, 9999);
    Arbitrary<Integer> day = Arbitraries.integers().between(1, 28);
    Arbitrary<Boolean> female = Arbitraries.of(true, false);
    Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> year = Arbitraries.integers().between(0, 99);
    Arbitrary<Integer> serial = Arbitraries.integers().between(1, 9999);
    Arbitrary<String> digits = Combinators.combine(province, area, day, female, month, year, serial)
        .as((p, a, d, f, m, y, s) -> String.format("%02d%04d%02d%02d%02d%04d", p, a, f ? d + 40 : d, m, y, s));
    return Combinators.combine(digits, Arbitraries.of("", " ", ".", "-", "6-6-4")).as(PiiPropertiesTest::group);
  }

  private static String group(String digits, String style) {
    if (style.isEmpty()) {
      return digits;
    }
    if (style.equals("6-6-4")) {
      return digits.substring(0, 6) + "." + digits.substring(6, 12) + "." + digits.substring(12);
    }
    return digits.substring(0, 4) + style + digits.substring(4, 8) + style + digits.substring(8, 12) + style + digits.substring(12);
  }

  @Provide
  Arbitrary<String> mobiles() {
    Arbitrary<String> prefix = Arbitraries.of(MOBILE_PREFIXES);
    Arbitrary<String> rest = Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(9);
    Arbitrary<String> country = Arbitraries.of("0", "+62", "+62 ", "62", "+62-");
    Arbitrary<String> separator = Arbitraries.of("", " ", "-", ".");
    return Combinators.combine(country, prefix, rest, separator).as((c, p, r, s) -> {
      String subscriber = r.length() > 4 && !s.isEmpty() ? r.substring(0, 4) + s + r.substring(4) : r;
      return c + (c.startsWith("0") ? "8" + p.substring(1) : "8" + p.substring(1)).replaceFirst("^", "") + s + subscriber;
    });
  }

  @Provide
  Arbitrary<String> harmless() {
    Arbitrary<Integer> day = Arbitraries.integers().between(1, 31);
    Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
    Arbitrary<Integer> year = Arbitraries.integers().between(2015, 2026);
    Arbitrary<String> dates = Combinators.combine(day, month, year, Arbitraries.of("-", "/", ".", " "))
        .as((d, m, y, s) -> String.format("tanggal %02d%s%02d%s%d jam %02d.%02d", d, s, m, s, y, d % 24, m * 4));
    Arbitrary<String> money = Arbitraries.longs().between(1, 999_999_999_999L)
        .map(v -> "bayar Rp " + String.format("%,d", v).replace(',', '.') + " ke petugas");
    Arbitrary<String> plainMoney = Arbitraries.longs().between(1000, 99_999_999L).map(v -> "biaya " + v + " rupiah");
    Arbitrary<String> street = Combinators.combine(Arbitraries.integers().between(1, 400), Arbitraries.integers().between(1, 20),
            Arbitraries.integers().between(1, 20))
        .as((no, rt, rw) -> "Jl. Sudirman No. " + no + " RT " + String.format("%02d", rt) + " RW " + String.format("%02d", rw));
    Arbitrary<String> route = Combinators.combine(Arbitraries.of("koridor", "trayek", "rute", "bus", "angkot", "KA", "jalur"),
            Arbitraries.integers().between(1, 300), Arbitraries.of("", "A", "B", "C"))
        .as((w, n, s) -> w + " " + n + s + " terlambat " + (n % 60) + " menit");
    return Arbitraries.oneOf(dates, money, plainMoney, street, route);
  }
}
