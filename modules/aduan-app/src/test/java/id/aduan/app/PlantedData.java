package id.aduan.app;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Personal data as citizens really write it, planted in complaints so that every place a unit or the public
 * reads can be searched for it afterwards. Each value knows the forms in which it must never reappear: a
 * value found in any of them, in any written form, is a leak. {@code plain} is the value as a form field or
 * a link would carry it (0812…, name@domain, the digits of a NIK or account).
 */
record PlantedData(Kind kind, String written, String needle, String plain) {

  enum Kind { NIK, PHONE, EMAIL, NAME, BANK_ACCOUNT, PLATE }

  private static final List<String> FIRST = List.of(
      "Budiman", "Sutrisno", "Wahyuningsih", "Rahmawati", "Kurniawan", "Hartono", "Yulianti", "Setiawati",
      "Purnomo", "Lestiani", "Firmansyah", "Anggraeni", "Suharyanto", "Wulandari", "Nugroho", "Permatasari");
  private static final List<String> LAST = List.of(
      "Siregar", "Nasution", "Simanjuntak", "Pangaribuan", "Tambunan", "Wibisono", "Prasetyo", "Hidayat",
      "Situmorang", "Harahap", "Manurung", "Sembiring", "Lubis", "Ginting", "Saragih", "Hutapea");

  /** The digits a leaked number would still show, or the letters and digits of a leaked name or address. */
  static String digits(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= '0' && c <= '9') {
        b.append(c);
      } else if (c == 'O' || c == 'o') {
        b.append('0');
      }
    }
    return b.toString();
  }

  static String alphanumeric(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** True when this value shows in the text in any form it was written in. */
  boolean leaksInto(String text) {
    return switch (kind) {
      case NIK, PHONE, BANK_ACCOUNT -> digits(text).contains(needle);
      case EMAIL, PLATE -> alphanumeric(text).contains(needle);
      case NAME -> text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").contains(needle);
    };
  }

  static Arbitrary<PlantedData> any() {
    return Arbitraries.oneOf(nik(), phone(), email(), name(), bankAccount(), plate());
  }

  static Arbitrary<PlantedData> nik() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(12);
    Arbitrary<String> region = Arbitraries.of("1671", "1604", "3273", "3171", "1607");
    return Combinators.combine(region, digits, Arbitraries.integers().between(0, 3)).as((r, d, form) -> {
      String nik = r + d;
      String written = switch (form) {
        case 0 -> "NIK saya " + nik;
        case 1 -> "no KTP: " + nik.substring(0, 4) + " " + nik.substring(4, 8) + " " + nik.substring(8, 12) + " " + nik.substring(12);
        case 2 -> "NIK " + nik.substring(0, 6) + "." + nik.substring(6, 12) + "." + nik.substring(12);
        default -> nik;
      };
      return new PlantedData(Kind.NIK, written, nik, nik);
    });
  }

  static Arbitrary<PlantedData> phone() {
    Arbitrary<String> operator = Arbitraries.of("812", "813", "821", "852", "853", "857", "878", "896");
    Arbitrary<String> rest = Arbitraries.strings().numeric().ofLength(8).filter(s -> s.charAt(0) != '0');
    return Combinators.combine(operator, rest, Arbitraries.integers().between(0, 8)).as((op, r, form) -> {
      String local = "0" + op + r;
      String written = switch (form) {
        case 0 -> "hubungi " + local.substring(0, 4) + "-" + local.substring(4, 8) + "-" + local.substring(8);
        case 1 -> "WA +62 " + op + " " + r.substring(0, 4) + " " + r.substring(4);
        case 2 -> "telp " + String.join(" ", local.split(""));
        case 3 -> "hp " + local.replace('0', 'O');
        case 4 -> "(0" + op + ") " + r.substring(0, 4) + "-" + r.substring(4);
        case 5 -> "chat wa.me/62" + op + r;
        case 6 -> "nomor saya 62" + op + r;
        case 7 -> "hubungi 0" + op + "." + r.substring(0, 4) + "." + r.substring(4);
        default -> local;
      };
      return new PlantedData(Kind.PHONE, written, op + r, local);
    });
  }

  static Arbitrary<PlantedData> email() {
    Arbitrary<String> user = Arbitraries.strings().withCharRange('a', 'z').ofLength(7);
    Arbitrary<String> number = Arbitraries.strings().numeric().ofLength(3);
    Arbitrary<String> domain = Arbitraries.of("gmail.com", "yahoo.co.id", "mail.go.id", "outlook.com");
    return Combinators.combine(user, number, domain, Arbitraries.integers().between(0, 5)).as((u, n, d, form) -> {
      String local = u + n;
      String[] parts = d.split("\\.", 2);
      String written = switch (form) {
        case 0 -> "email " + local + "@" + d;
        case 1 -> "surel " + local + " at " + parts[0] + " dot " + parts[1].replace(".", " dot ");
        case 2 -> "email: " + local + "[at]" + parts[0] + "[dot]" + parts[1].replace(".", "[dot]");
        case 3 -> "email " + local + "(at)" + d;
        case 4 -> "email " + String.join(" ", (local + "@" + d).split(""));
        default -> "kirim ke " + local + " @ " + parts[0] + " . " + parts[1];
      };
      return new PlantedData(Kind.EMAIL, written, local, local + "@" + d);
    });
  }

  static Arbitrary<PlantedData> name() {
    return Combinators.combine(Arbitraries.of(FIRST), Arbitraries.of(LAST), Arbitraries.integers().between(0, 5)).as((f, l, form) -> {
      String name = f + " " + l;
      String written = switch (form) {
        case 0 -> "Pelapor: " + name;
        case 1 -> "Nama saya " + name;
        case 2 -> "Salam,\n" + name;
        case 3 -> "Hormat saya,\n" + name;
        case 4 -> "Terima kasih. " + name;
        default -> "saya " + name + " warga setempat";
      };
      return new PlantedData(Kind.NAME, written, name.toLowerCase(Locale.ROOT), name);
    });
  }

  static Arbitrary<PlantedData> bankAccount() {
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(12).filter(s -> s.charAt(0) != '0');
    return Combinators.combine(digits, Arbitraries.integers().between(0, 3)).as((d, form) -> {
      String written = switch (form) {
        case 0 -> "rekening BRI " + d;
        case 1 -> "no rek " + d.substring(0, 4) + "-" + d.substring(4, 8) + "-" + d.substring(8, 11) + "-" + d.substring(11);
        case 2 -> "transfer ke " + d + " a/n petugas";
        default -> "norek " + d;
      };
      return new PlantedData(Kind.BANK_ACCOUNT, written, d, d);
    });
  }

  static Arbitrary<PlantedData> plate() {
    Arbitrary<String> area = Arbitraries.of("BG", "B", "D", "BH", "BE", "L");
    Arbitrary<Integer> number = Arbitraries.integers().between(1000, 9999);
    Arbitrary<String> suffix = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(3);
    return Combinators.combine(area, number, suffix).as((a, n, s) ->
        new PlantedData(Kind.PLATE, "mobil plat " + a + " " + n + " " + s, alphanumeric(a + n + s), a + " " + n + " " + s));
  }
}
