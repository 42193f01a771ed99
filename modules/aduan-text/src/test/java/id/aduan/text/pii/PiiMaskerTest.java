package id.aduan.text.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PiiMaskerTest {

  private final PiiMasker masker = new PiiMasker();

  private String mask(String text) {
    return masker.mask(text).text();
  }

  @Test
  void masksNikAndKkByTheirContext() {
    assertEquals(
        "Nik [NIK] no kk [KK] tidak sesuai dengan no kk, padahal satu no kk",
        mask("Nik 3273045260181590 no kk 3273048301661318 tidak sesuai dengan no kk, padahal satu no kk"));
    assertEquals("KK : [KK]No. Hp : [TELEPON]Terimakasih", mask("KK : 3273201603220001No. Hp : 089681909378Terimakasih"));
  }

  @Test
  void masksGroupedIdentityNumbers() {
    assertEquals("NIK saya [NIK].", mask("NIK saya 3273 0452 6018 1590."));
    assertEquals("nik: [NIK]", mask("nik: 327304.520181.1590"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "081234567890", "0812-3456-7890", "0812 3456 7890", "0812.3456.7890", "+62 812 3456 7890", "+62-812-3456-7890",
      "+6281234567890", "6281234567890", "62 812 3456 7890", "0856 123 4567", "(022) 7654321", "022-7654321",
      "021 5551 234", "+62 21 5551234", "0274 123456", "0811 0189 555"})
  void masksPhoneNumbersInCommonForms(String phone) {
    MaskedText masked = masker.mask("tolong hubungi " + phone + " segera");
    assertEquals("tolong hubungi [TELEPON] segera", masked.text(), phone);
    assertEquals(List.of(PiiType.TELEPON), masked.findings().stream().map(PiiFinding::type).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "kejadian tanggal 08-05-2021 pukul 08.30 wib",
      "retribusi Rp 1.500.000 per bulan dan denda Rp 62.800.000.000",
      "biaya uji kir Rp87.000, bayar 250.000 ke petugas",
      "Jl. Merdeka No. 14 RT 05 RW 03 Kel. Sukajadi",
      "bus koridor 5 dan trayek 05A arah Terminal Alang-Alang Lebar, angkot K 12",
      "KA 123 berangkat 12/05/2021 jam 19.35, kereta 2B",
      "lampu merah di simpang 4 mati sejak 3 hari, antre 200 m",
      "tahun 2021 sudah 2x lapor, tanggal 12 Mei 2021 dan 20-06-2021",
      "truk 30 ton lewat jalan kelas III di km 12",
      "kode pos 30137, blok A 12 B, lantai 3"})
  void leavesDatesMoneyStreetAndRouteNumbersAlone(String text) {
    assertEquals(text, mask(text));
  }

  @Test
  void masksEmailAddresses() {
    assertEquals("kirimkan ke email [EMAIL] atau fax", mask("kirimkan ke email roy.elmanik@gmail.com atau fax"));
    assertEquals("cc @KAI121 min", mask("cc @KAI121 min"));
  }

  @Test
  void masksBankAccountsOnlyNearBankWords() {
    assertEquals("transfer ke rek BCA [REKENING] a.n. [NAMA] dulu", mask("transfer ke rek BCA 1234567890 a.n. Budi Santoso dulu"));
    assertEquals("no rekening: [REKENING]", mask("no rekening: 123-456-7890"));
    assertEquals("antre 1234567 orang", mask("antre 1234567 orang"));
    assertEquals("bayar ke bank Rp 150.000", mask("bayar ke bank Rp 150.000"));
    assertEquals("halo bca via wa langsung [TELEPON] ya", mask("halo bca via wa langsung 6281204352056 ya"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"BG 1234 AB", "B 1234 XYZ", "B1234XYZ", "D 1 A", "bg 1234 ab", "AG-4321-UK"})
  void masksVehiclePlates(String plate) {
    assertEquals("bus [PLAT] ngebut", mask("bus " + plate + " ngebut"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dr 5 org", "a 100 m", "di 3 km", "B 12 mei", "no 14 a", "kode booking e184ncp"})
  void leavesPlateLikeWordsAlone(String text) {
    assertEquals(text, mask(text));
  }

  @Test
  void masksNamesOnlyWhereTheTextIntroducesThem() {
    assertEquals("Perkenalkan nama saya [NAMA]. Saya", mask("Perkenalkan nama saya Yuri Andhika Pradana Kaidun. Saya"));
    assertEquals("saya bernama [NAMA] tinggal di bandung", mask("saya bernama budi santoso tinggal di bandung"));
    assertEquals("nama saya: [NAMA], warga", mask("nama saya: Siti Aminah, warga"));
    assertEquals("atas nama saya dan istri", mask("atas nama saya dan istri"));
    assertEquals("nama saya sudah terdaftar", mask("nama saya sudah terdaftar"));
    assertEquals("Budi melapor jalan rusak", mask("Budi melapor jalan rusak"));
    assertEquals("Nama saya : [NAMA]Saya mau", mask("Nama saya : Imam PrasetyoSaya mau"));
    assertEquals("nama saya [NAMA]...nik [NIK]", mask("nama saya selvy tanry...nik 7371044807820001"));
    assertEquals("perkenalkan saya kebetulan seorang", mask("perkenalkan saya kebetulan seorang"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "budi at gmail dot com", "budi [at] gmail [dot] com", "budi(at)gmail(dot)com", "budi{at}gmail{dot}com",
      "budi et gmail titik com", "budi (at) gmail (dot) co (dot) id", "b u d i @ g m a i l . c o m", "budi @ gmail . com",
      "budi.santoso@gmail dot com", "budi [dot] santoso [at] yahoo [dot] co [dot] id", "budi at gmail", "BUDI AT GMAIL DOT COM",
      "budi%40gmail.com", "budi<at>dishub<dot>go<dot>id"})
  void masksEmailAddressesWrittenToSlipPastAFilter(String email) {
    assertEquals("balas ke [EMAIL] ya", mask("balas ke " + email + " ya"), email);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ketemu at stasiun jam 7", "tiket dot com tidak bisa dibuka", "cc @KAI121 . terima kasih", "kode et al. 2020",
      "saya di rumah at home"})
  void leavesWordsThatOnlyLookLikeAnAddressAlone(String text) {
    assertEquals(text, mask(text));
  }

  @Test
  void masksNamesInSignaturesGreetingsAndFormFields() {
    assertEquals("Jalan rusak. Salam, [NAMA]", mask("Jalan rusak. Salam, Budi Santoso"));
    assertEquals("Mohon ditindak.\nHormat saya,\n[NAMA]", mask("Mohon ditindak.\nHormat saya,\nSiti Aminah"));
    assertEquals("Lampu mati. Terima kasih. - [NAMA].", mask("Lampu mati. Terima kasih. - Rudi H."));
    assertEquals("Wassalam, [NAMA]", mask("Wassalam, Ahmad Fauzi"));
    assertEquals("Wassalamualaikum wr wb,\n[NAMA]", mask("Wassalamualaikum wr wb,\nAhmad Fauzi"));
    assertEquals("ttd [NAMA]", mask("ttd Dewi Lestari"));
    assertEquals("Regards, [NAMA]", mask("Regards, Andi"));
    assertEquals("Pelapor: [NAMA]\nLokasi: Jl. Merdeka", mask("Pelapor: Budi Santoso\nLokasi: Jl. Merdeka"));
    assertEquals("Nama: [NAMA], Alamat: Jl. Kenari", mask("Nama: Siti Aminah, Alamat: Jl. Kenari"));
    assertEquals("Nama pelapor: [NAMA]. Bus ngebut", mask("Nama pelapor: rina wati. Bus ngebut"));
    assertEquals("Saya [NAMA], warga Cibiru, melapor", mask("Saya Budi Santoso, warga Cibiru, melapor"));
    assertEquals("Saya, [NAMA], melaporkan pungli", mask("Saya, Budi Santoso, melaporkan pungli"));
    assertEquals("Hormat Saya [NAMA]", mask("Hormat Saya Oki Nugraha"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "saya ingin melapor lampu mati", "saya mau tanya jadwal bus", "Saya Ingin Melapor Jalan Rusak Di Depan Pasar",
      "Saya Mau Tanya Kenapa Bus Tidak Datang", "SAYA KEHILANGAN DOMPET DI BUS", "Salam, Admin", "Terima kasih. Semoga cepat ditangani",
      "terima kasih.Selengkapnya", "Salam sejahtera untuk kita semua", "menurut saya Ciganea salah satu yang terbaik",
      "Terima kasih Pak Wali.", "kepada saya. Kemarin sore bus mogok", "Salam, Warga Sukajadi Yang Kecewa Dengan Pelayanan"})
  void leavesSentencesThatOnlyLookLikeASignatureAlone(String text) {
    assertEquals(text, mask(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "0 8 1 2 3 4 5 6 7 8 9 0", "O812-3456-789O", "o812 3456 789o", "(0853) 1971-8129", "(0853)1971-8129",
      "+62 (812) 3456-7890", "0812/3456/7890", "0812 - 3456 - 7890", "+6 2 8 1 2 3 4 5 6 7 8 9 0", "0812.3456.7890"})
  void masksPhoneNumbersWrittenToSlipPastAFilter(String phone) {
    assertEquals("tolong hubungi [TELEPON] segera", mask("tolong hubungi " + phone + " segera"), phone);
  }

  @Test
  void masksAccountNumbersWithoutABankName() {
    assertEquals("transfer ke [REKENING] a/n [NAMA]", mask("transfer ke 1234567890 a/n Budi"));
    assertEquals("no. [REKENING] atas nama [NAMA]", mask("no. 1234-5678-90 atas nama Budi"));
    assertEquals("norek [REKENING] itu punya calo", mask("norek 5012345678 itu punya calo"));
    assertEquals("uangnya ke [REKENING] katanya", mask("uangnya ke 123-456-7890 katanya"));
    assertEquals("rekening [REKENING] ya", mask("rekening 1234 5678 9012 ya"));
  }

  @Test
  void masksTheWholeNumberChainOfAnAccount() {
    assertEquals("no rekening [REKENING]", mask("no rekening 123-456-789-7"));
    assertEquals("rek BNI [REKENING], a.n. [NAMA]", mask("rek BNI 0123-456-78-9, a.n. Budi"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "resi 170582868329 belum sampai", "nomor transaksi 180610914449 gagal", "kode booking e184ncp",
      "lokasi -6.949701146681255, 107.684338885981", "antre dari 2019 2020 2021 tidak beres",
      "bayar Rp 1.250.000.000 ke kontraktor", "jadwal 12-05-2021 10.30 dan 13-05-2021 11.45", "KM 12+400 arah Prabumulih",
      "tarif 3.500 per km", "bus BG 1234 AB ngebut pukul 19.35"})
  void leavesOtherLongNumbersAlone(String text) {
    String masked = mask(text);
    assertTrue(!masked.contains("[REKENING]") && !masked.contains("[TELEPON]") && !masked.contains("[NIK]"), masked);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://wa.me/6281234567890", "wa.me/6281234567890?text=halo", "https://api.whatsapp.com/send?phone=6281234567890&text=halo",
      "tel:+6281234567890", "mailto:budi%40gmail.com?subject=aduan", "https://x.id/form?nik=3273045260181590&kategori=2",
      "https://x.id/form?kategori=2&email=budi@gmail.com", "https://x.id/form?kategori=2&nama=Budi+Santoso&hp=0812"})
  void masksPersonalDataCarriedByLinks(String link) {
    String masked = mask("cek " + link + " ya");
    assertTrue(!masked.contains("81234567890") && !masked.contains("budi") && !masked.contains("Budi")
        && !masked.contains("3273045260181590") && !masked.contains("0812"), masked);
    assertTrue(masked.startsWith("cek ") && masked.endsWith(" ya"), masked);
  }

  @Test
  void reportsTypeAndSpanOfEachFinding() {
    String text = "hp 0812-7598-9834, nik 3273021311440242";
    List<PiiFinding> findings = masker.find(text);
    assertEquals(2, findings.size());
    assertEquals(PiiType.TELEPON, findings.get(0).type());
    assertEquals("0812-7598-9834", findings.get(0).textIn(text));
    assertEquals(PiiType.NIK, findings.get(1).type());
    assertEquals("3273021311440242", findings.get(1).textIn(text));
  }

  @Test
  void keepsTextWithoutPersonalDataIdentical() {
    String text = "Jalan berlubang di depan terminal, sudah 2 bulan tidak diperbaiki!!";
    MaskedText masked = masker.mask(text);
    assertTrue(masked.findings().isEmpty());
    assertEquals(text, masked.text());
  }
}
