package id.aduan.text.urgency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrgencyAssessorTest {

  private final UrgencyAssessor assessor = UrgencyAssessor.standard();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Tolong!! ada kecelakaan di simpang jakabaring, 2 orang luka parah | EMERGENCY | kecelakaan dengan korban",
      "Pohon besar tumbang menutup jalan Demang Lebar Daun | EMERGENCY | pohon tumbang",
      "tiang lampu PJU roboh ke badan jalan, bahaya bgt | EMERGENCY | tiang atau kabel roboh",
      "Kabel listrik putus menjuntai di depan terminal | EMERGENCY | tiang atau kabel roboh",
      "Terminal Alang-alang Lebar kebakaran, asap tebal | EMERGENCY | kebakaran",
      "underpass banjir setinggi lutut, motor mogok | EMERGENCY | banjir",
      "perahu ketek penuh penumpang hampir tenggelam di sungai musi | EMERGENCY | kapal atau perahu tenggelam",
      "lampu merah simpang polda mati dari pagi, semrawut | HIGH | lampu lalu lintas mati di persimpangan",
      "lamer di perempatan kedip2 terus | HIGH | lampu lalu lintas mati di persimpangan",
      "oknum petugas dishub minta uang 50rb waktu uji kir | HIGH | petugas meminta uang",
      "ada pungli di jembatan timbang | HIGH | pemerasan atau pungutan liar oleh petugas",
      "jalan berlubang besar di km 12, sudah banyak motor jatuh | HIGH | jalan berlubang membahayakan",
      "sopir bus ngebut ugal2an, penumpang ketakutan | HIGH | kendaraan membahayakan",
      "min mau tanya jadwal bus damri ke bandara | LOW | pertanyaan atau permintaan informasi",
      "terima kasih banyak dishub, lampu sudah diperbaiki | LOW | ucapan terima kasih atau apresiasi"})
  void recognisesDangerAbuseAndQuestions(String text, Urgency level, String reason) {
    UrgencyAssessment a = assessor.assess(text);
    assertEquals(level, a.level(), () -> text + " -> " + a);
    assertEquals(reason, a.mainReason().rule());
  }

  @Test
  void ordinaryComplaintsAreNormalAndHaveNoReason() {
    UrgencyAssessment a = assessor.assess("angkot ngetem lama di depan pasar, bikin macet");
    assertEquals(Urgency.NORMAL, a.level());
    assertNull(a.mainReason());
  }

  @Test
  void negatedDangerDoesNotCount() {
    assertEquals(Urgency.HIGH, assessor.assess("tadi ada kecelakaan kecil tapi tidak ada korban").level());
  }

  @Test
  void recordsTheMatchedWords() {
    UrgencyReason r = assessor.assess("ada pohon yang tumbang di jalan").mainReason();
    assertEquals("pohon + tumbang", r.matched());
  }

  @Test
  void aQuestionAboutDangerIsStillDangerous() {
    UrgencyAssessment a = assessor.assess("mohon info kenapa lampu merah di simpang empat mati?");
    assertEquals(Urgency.HIGH, a.level());
    assertEquals(1, a.reasons().size());
  }

  @Test
  void malformedRulesAreRefusedWithTheirLine() {
    byte[] rules = "# c\nHIGH\tx\tbanjir\nURGENT\ty\tapi\n".getBytes(StandardCharsets.UTF_8);
    assertThrows(IllegalArgumentException.class, () -> UrgencyAssessor.read(new ByteArrayInputStream(rules)));
  }
}
