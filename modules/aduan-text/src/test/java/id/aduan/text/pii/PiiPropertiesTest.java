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

/**
 * Generated valid identity and phone numbers are always masked, and so is personal data written to slip past a
 * filter (spelled-out e-mail addresses, signatures, disguised phone numbers, account numbers without a bank's
 * name, links); generated dates, amounts and routes never.
 */
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

  @Property(tries = 500)
  void obfuscatedEmailAddressesAreMasked(@ForAll("obfuscatedEmails") Email email, @ForAll("sentences") Sentence sentence) {
    String masked = masker.mask(sentence.around(email.written())).text();
    assertEquals(sentence.around("[EMAIL]"), masked, email.written());
    assertFalse(masked.contains(email.local()), masked);
  }

  @Property(tries = 500)
  void namesAfterSignaturesAndFormFieldsAreMasked(@ForAll("signedNames") Signed signed) {
    MaskedText masked = masker.mask(signed.text());
    for (String part : signed.name().split(" ")) {
      assertFalse(containsWord(masked.text(), part), () -> signed.text() + " -> " + masked.text());
    }
    assertTrue(masked.types().contains(PiiType.NAMA), masked::text);
  }

  @Property(tries = 500)
  void disguisedPhoneNumbersAreMasked(@ForAll("disguisedPhones") Phone phone, @ForAll("sentences") Sentence sentence) {
    String masked = masker.mask(sentence.around(phone.written())).text();
    String expected = sentence.around("[TELEPON]");
    // a link keeps its address and loses only the number
    assertEquals(expected, masked.replace("https://wa.me/[TELEPON]", "[TELEPON]"), phone.written());
    assertFalse(masked.replaceAll("[^0-9]", "").contains(phone.digits().substring(4, 9)), masked);
  }

  @Property(tries = 500)
  void accountNumbersWithoutABankNameAreMasked(@ForAll("accounts") Account account) {
    String masked = masker.mask(account.text()).text();
    assertTrue(masked.contains("[REKENING]"), () -> account.text() + " -> " + masked);
    assertFalse(masked.replaceAll("[^0-9]", "").contains(account.digits().substring(account.digits().length() - 6)),
        () -> account.text() + " -> " + masked);
  }

  @Property(tries = 300)
  void linksCarryingPersonalDataAreMasked(@ForAll("personalLinks") Link link) {
    String masked = masker.mask("tolong cek " + link.url() + " terima kasih").text();
    assertFalse(masked.contains(link.value()), () -> link.url() + " -> " + masked);
    assertTrue(masked.contains(link.type().token()), () -> link.url() + " -> " + masked);
  }

  private static boolean containsWord(String text, String word) {
    return java.util.regex.Pattern.compile("(?<![\\p{L}])" + java.util.regex.Pattern.quote(word) + "(?![\\p{L}])").matcher(text).find();
  }

  // ---- generators for the written forms people use to slip personal data past a filter

  private static final String[] FIRST_NAMES = {
    "Budi", "Siti", "Rudi", "Ahmad", "Dewi", "Agus", "Rina", "Andi", "Yusuf", "Fitri", "Hendra", "Nur", "Wahyu", "Eko",
    "Slamet", "Ratna", "Bambang", "Lestari", "Joko", "Fajar", "Annisa", "Rizky", "Dimas", "Ayu", "Made", "Ketut"
  };
  private static final String[] LAST_NAMES = {
    "Santoso", "Aminah", "Hidayat", "Wijaya", "Lestari", "Saputra", "Kurniawan", "Nugraha", "Pratama", "Siregar",
    "Nasution", "Simanjuntak", "Wati", "Rahmawati", "Setiawan", "Gunawan", "Hasibuan", "Sembiring", "Halim", "Susanti"
  };
  private static final String[] COMPLAINTS = {
    "Lampu lalu lintas di simpang Patal mati sejak kemarin sore",
    "Bus Trans Musi koridor 3 tidak berhenti di halte Km 5",
    "Ada pungli di terminal Alang-Alang Lebar, sopir diminta Rp 20.000",
    "Jalan di depan pasar berlubang dan sudah dua bulan tidak diperbaiki",
    "petugas uji KIR meminta uang tambahan tanpa kuitansi",
    "parkir liar di Jl. Sudirman bikin macet tiap sore"
  };

  /** A complaint sentence with a slot for the personal data, and what a reporter writes around it. */
  record Sentence(String complaint, String lead, String tail) {
    String around(String value) {
      return complaint + ". " + lead + value + tail;
    }
  }

  @Provide
  Arbitrary<Sentence> sentences() {
    return Combinators.combine(Arbitraries.of(COMPLAINTS),
            Arbitraries.of("Hubungi saya di ", "kontak: ", "Mohon dibalas ke ", "info lebih lanjut ", "sy bisa dihubungi lewat ",
                "Balas ke "),
            Arbitraries.of("", " ya", ". Terima kasih", ", mohon segera ditindak", " (siang saja)", "!!"))
        .as(Sentence::new);
  }

  record Email(String local, String written) {}

  @Provide
  Arbitrary<Email> obfuscatedEmails() {
    Arbitrary<String> local = Combinators.combine(Arbitraries.of(FIRST_NAMES), Arbitraries.of("", ".", "_"),
            Arbitraries.of(LAST_NAMES), Arbitraries.integers().between(0, 99))
        .as((f, sep, l, n) -> (f + sep + l).toLowerCase(java.util.Locale.ROOT) + (n < 50 ? "" : String.valueOf(n)));
    Arbitrary<String> domain = Arbitraries.of("gmail.com", "yahoo.co.id", "hotmail.com", "outlook.com", "ymail.com",
        "dishub.palembang.go.id", "student.ui.ac.id", "mail.com");
    Arbitrary<String[]> signs = Arbitraries.of(
        new String[] {" at ", " dot "}, new String[] {" et ", " titik "}, new String[] {"(at)", "(dot)"},
        new String[] {" [at] ", " [dot] "}, new String[] {"{at}", "{dot}"}, new String[] {" @ ", " . "},
        new String[] {"[@]", "[.]"}, new String[] {" AT ", " DOT "}, new String[] {"@", " dot "}, new String[] {" at ", "."},
        new String[] {"%40", "."}, new String[] {"<at>", "<dot>"});
    Arbitrary<Boolean> spelled = Arbitraries.of(false, false, false, true);
    return Combinators.combine(local, domain, signs, spelled).as((l, d, s, sp) -> {
      String written;
      if (sp) {
        written = spellOut(l) + " @ " + String.join(" . ", java.util.Arrays.stream(d.split("\\.")).map(PiiPropertiesTest::spellOut).toList());
      } else {
        written = l + s[0] + d.replace(".", s[1]);
      }
      return new Email(l, written);
    });
  }

  private static String spellOut(String word) {
    return String.join(" ", word.replace(".", "").replace("_", "").split(""));
  }

  record Signed(String name, String text) {}

  @Provide
  Arbitrary<Signed> signedNames() {
    Arbitrary<String> name = Combinators.combine(Arbitraries.of(FIRST_NAMES), Arbitraries.of(LAST_NAMES), Arbitraries.of(1, 2, 2, 2))
        .as((f, l, words) -> words == 1 ? f : f + " " + l);
    Arbitrary<String> form = Arbitraries.of(
        "{c}. Salam, {n}", "{c}.\nHormat saya,\n{n}", "{c}. Terima kasih. - {n}", "{c}. Wassalam, {n}", "{c}.\nttd {n}",
        "{c}. Regards, {n}", "Pelapor: {n}\n{c}", "Nama: {n}\nIsi: {c}", "Nama pelapor: {n}. {c}", "Saya {n}, warga Ilir Barat, melapor: {c}",
        "Saya, {n}, ingin melaporkan: {c}", "{c}. Terimakasih,\n{n}", "{c}. Salam hormat, {n}", "Nama lengkap : {n}\n{c}",
        "{c}\n\nHormat kami,\n{n}\nWarga RT 05", "{c}. Trims, {n} (warga)", "Dilaporkan oleh: {n}. {c}", "{c}. Thanks, {n}!");
    return Combinators.combine(name, form, Arbitraries.of(COMPLAINTS))
        .as((n, f, c) -> new Signed(n, f.replace("{n}", n).replace("{c}", c)));
  }

  record Phone(String digits, String written) {}

  @Provide
  Arbitrary<Phone> disguisedPhones() {
    Arbitrary<String> digits = Combinators.combine(Arbitraries.of(MOBILE_PREFIXES), Arbitraries.strings().numeric().ofLength(8))
        .as((p, r) -> "08" + p.substring(1) + r);
    Arbitrary<String> style = Arbitraries.of("spaced", "spaced-dash", "letter-o", "slash", "parenthesised", "country-parenthesised",
        "wa.me", "dotted", "spaced-country");
    return Combinators.combine(digits, style).as((d, s) -> new Phone(d, switch (s) {
      case "spaced" -> String.join(" ", d.split(""));
      case "spaced-dash" -> String.join("-", d.split(""));
      case "letter-o" -> d.replace('0', 'O').substring(0, 4) + "-" + d.replace('0', 'O').substring(4, 8) + "-" + d.replace('0', 'o').substring(8);
      case "slash" -> d.substring(0, 4) + "/" + d.substring(4, 8) + "/" + d.substring(8);
      case "parenthesised" -> "(" + d.substring(0, 4) + ") " + d.substring(4, 8) + "-" + d.substring(8);
      case "country-parenthesised" -> "+62 (" + d.substring(1, 4) + ") " + d.substring(4, 8) + "-" + d.substring(8);
      case "wa.me" -> "https://wa.me/62" + d.substring(1);
      case "dotted" -> d.substring(0, 4) + "." + d.substring(4, 8) + "." + d.substring(8);
      default -> "+6 2 " + String.join(" ", d.substring(1).split(""));
    }));
  }

  record Account(String digits, String text) {}

  @Provide
  Arbitrary<Account> accounts() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(10).ofMaxLength(15)
        .filter(d -> !d.startsWith("0") && !d.startsWith("62") && !d.startsWith("19") && !d.startsWith("20"));
    Arbitrary<String> grouping = Arbitraries.of("plain", "3-3-rest", "4-4-rest", "spaced 4", "dotted 3-3");
    Arbitrary<String> form = Arbitraries.of(
        "Uangnya sudah saya transfer ke {a} tapi tiket tidak terbit", "norek {a} atas nama petugas itu",
        "minta dikirim ke no. {a} kata calo di terminal", "{a} a/n Budi, itu rekening calo KIR",
        "pungutan ditransfer ke {a} (a.n. koperasi)", "Petugas minta uang ke rekening {a}.",
        "biaya balik nama dikirim ke nomor {a} bukan ke kas", "tf ke {a} dulu katanya");
    return Combinators.combine(digits, grouping, form).as((d, g, f) -> {
      String written = switch (g) {
        case "3-3-rest" -> d.substring(0, 3) + "-" + d.substring(3, 6) + "-" + d.substring(6);
        case "4-4-rest" -> d.substring(0, 4) + "-" + d.substring(4, 8) + "-" + d.substring(8);
        case "spaced 4" -> d.substring(0, 4) + " " + d.substring(4, 8) + " " + d.substring(8);
        case "dotted 3-3" -> d.substring(0, 3) + "." + d.substring(3, 6) + "." + d.substring(6);
        default -> d;
      };
      return new Account(d, f.replace("{a}", written));
    });
  }

  record Link(String url, String value, PiiType type) {}

  @Provide
  Arbitrary<Link> personalLinks() {
    Arbitrary<String> phone = Arbitraries.strings().numeric().ofLength(9).map(r -> "6281" + r);
    Arbitrary<String> nik = Arbitraries.strings().numeric().ofLength(10).map(r -> "327304" + r);
    return Arbitraries.oneOf(
        phone.map(p -> new Link("https://wa.me/" + p + "?text=halo", p, PiiType.TELEPON)),
        phone.map(p -> new Link("https://api.whatsapp.com/send?phone=" + p + "&text=lapor", p, PiiType.TELEPON)),
        phone.map(p -> new Link("tel:+" + p, p, PiiType.TELEPON)),
        nik.map(n -> new Link("https://lapor.example.id/cek?nik=" + n + "&tahun=2024", n, PiiType.NIK)),
        Arbitraries.of(LAST_NAMES).map(l -> new Link("mailto:" + l.toLowerCase(java.util.Locale.ROOT) + "%40gmail.com?subject=aduan",
            l.toLowerCase(java.util.Locale.ROOT), PiiType.EMAIL)),
        Arbitraries.of(LAST_NAMES).map(l -> new Link("https://form.example.id/?email=" + l.toLowerCase(java.util.Locale.ROOT)
            + "@yahoo.co.id&kategori=2", l.toLowerCase(java.util.Locale.ROOT), PiiType.EMAIL)),
        Arbitraries.of(LAST_NAMES).map(l -> new Link("https://form.example.id/?kategori=2&nama=Budi+" + l, l, PiiType.NAMA)));
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
    Arbitrary<String> coordinates = Combinators.combine(Arbitraries.integers().between(100_000, 9_999_999),
            Arbitraries.longs().between(100_000_000L, 999_999_999_999L))
        .as((lat, lon) -> "lokasi -6." + lat + ", 107." + lon + " dekat halte");
    Arbitrary<String> kilometres = Combinators.combine(Arbitraries.integers().between(1, 999), Arbitraries.integers().between(0, 999))
        .as((km, m) -> "kecelakaan di KM " + km + "+" + String.format("%03d", m) + " tol Palindra");
    Arbitrary<String> years = Arbitraries.integers().between(1990, 2024)
        .map(y -> "sudah lapor tahun " + y + " " + (y + 1) + " " + (y + 2) + " tidak ada tindakan");
    Arbitrary<String> schedule = Combinators.combine(day, month, Arbitraries.integers().between(0, 23), Arbitraries.integers().between(0, 59))
        .as((d, m, h, min) -> String.format("jadwal %02d-%02d-2024 %02d.%02d sampai %02d-%02d-2024 %02d.%02d", d, m, h, min, d, m, h, min));
    // a parcel number that starts with 0 or 62 is indistinguishable from a phone number, and is masked as one
    Arbitrary<String> parcel = Combinators.combine(Arbitraries.of(1, 2, 3, 4, 5, 7, 8, 9), Arbitraries.strings().numeric().ofMinLength(9).ofMaxLength(14))
        .as((first, rest) -> "nomor resi " + first + rest + " belum sampai");
    return Arbitraries.oneOf(dates, money, plainMoney, street, route, coordinates, kilometres, years, schedule, parcel);
  }
}
