package id.aduan.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  private final TextNormalizer normalizer = TextNormalizer.standard();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Jln rusak PARAH bgt gk diperbaiki2 | jalan rusak parah banget tidak diperbaiki diperbaiki",
      "yg sdh blm dgn utk krn tdk | yang sudah belum dengan untuk karena tidak",
      "tolooong min, busnya ngebuuut bangeeet!!! | tolong admin busnya mengebut banget",
      "anak2 sekolah nyebrang di jl. sudirman | anak anak sekolah menyeberang di jalan sudirman",
      "maaf, saat ini antrean panjang | maaf saat ini antrean panjang",
      "@KAI121 kereta telat 2 jam #kecewa https://t.co/abc123 | kereta telat 2 jam kecewa",
      "cek www.dishub.go.id ya min | cek ya admin",
      "sopir angkot kasar 😡😡 🙏 | pengemudi angkot kasar marah marah tolong",
      "hari jum'at tgl 12 | hari jumat tgl 12",
      "lampu merah mati   total | lampu merah mati total",
      "bayar 2000 di 2 tempat | bayar 2000 di 2 tempat",
      "[NIK] dan [TELEPON] | nik dan telepon"})
  void normalisesInformalIndonesian(String input, String expected) {
    assertEquals(expected.strip(), normalizer.normalize(input.strip()));
  }

  @Test
  void emptyAndPunctuationOnlyTextNormaliseToNothing() {
    assertEquals("", normalizer.normalize(""));
    assertEquals("", normalizer.normalize("!!! ... ???"));
  }

  @Test
  void shippedLexiconsAreLoaded() {
    assertTrue(Lexicon.resource("slang.tsv").size() > 200);
    assertEquals("tidak", Lexicon.resource("slang.tsv").replacement("gk"));
  }

  @Test
  void malformedLexiconLinesAreReportedWithTheirLine() {
    byte[] bad = "# comment\nyg\tyang\nrusak-no-tab\n".getBytes(StandardCharsets.UTF_8);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Lexicon.read(new ByteArrayInputStream(bad), "test.tsv"));
    assertTrue(e.getMessage().startsWith("test.tsv:3:"), e.getMessage());
  }
}
