package id.aduan.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.text.pii.PiiType;
import id.aduan.text.sentiment.Sentiment;
import id.aduan.text.sentiment.SentimentAnalyzer;
import id.aduan.text.starter.TransportStarterModel;
import id.aduan.text.urgency.Urgency;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextEngineTest {

  private final TextEngine engine = TextEngine.withCategoryModel(TransportStarterModel.load());

  @Test
  void masksBeforeAnythingElseReadsTheText() {
    TextAnalysis a = engine.analyze(
        "Tolong!! Tiang lampu merah di simpang Polda roboh ke jalan. Hubungi saya 0812-7598-9834, nama saya Budi Santoso.");
    assertEquals(Set.of(PiiType.TELEPON, PiiType.NAMA), a.masked().types());
    assertFalse(a.masked().text().contains("0812"));
    assertFalse(a.normalized().contains("budi"));
    assertTrue(a.masked().text().contains("[TELEPON]") && a.masked().text().contains("[NAMA]"));
    assertEquals(Urgency.EMERGENCY, a.urgency().level());
    assertEquals("tiang atau kabel roboh", a.urgency().mainReason().rule());
    assertEquals("lampu_lalu_lintas", a.category().label());
  }

  @Test
  void sharedFeaturePassGivesTheSameAnswersAsSeparatePasses() {
    String text = "Bus Trans Musi koridor 5 telat sejam, sopirnya kasar. Pelayanan buruk!";
    TextAnalysis a = engine.analyze(text);
    assertEquals(TransportStarterModel.load().predict(text), a.category());
    assertEquals(SentimentAnalyzer.standard().analyze(text), a.sentiment());
  }

  @Test
  void readsToneAndUrgencyOfAnOrdinaryComplaint() {
    TextAnalysis a = engine.analyze("sopir angkot kasar bgt, penumpang dibentak2, kecewa sekali sama pelayanannya 😡");
    assertEquals(Urgency.NORMAL, a.urgency().level());
    assertEquals(Sentiment.NEGATIVE, a.sentiment().sentiment());
    assertTrue(a.category().confidence() > 0 && a.category().confidence() <= 1);
    assertEquals(3, a.category().candidates().size());
  }
}
