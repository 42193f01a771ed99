package id.aduan.intake.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The SMS survey format as people type it on a phone keypad. */
class SmsSurveyTest {
  private static final List<Integer> NINE = List.of(4, 4, 3, 4, 4, 4, 3, 4, 2);

  @Test
  void nineScoresSeparatedOrTogetherAndOneScoreForAll() {
    assertEquals(new SmsSurvey.Parsed("7K3QX-9MZ2A", NINE), SmsSurvey.parse("SKM 7K3QX-9MZ2A 4 4 3 4 4 4 3 4 2"));
    assertEquals(new SmsSurvey.Parsed("7K3QX-9MZ2A", NINE), SmsSurvey.parse("skm 7K3QX-9MZ2A 443444342"));
    assertEquals(new SmsSurvey.Parsed("7K3QX-9MZ2A", NINE), SmsSurvey.parse("SKM#7K3QX-9MZ2A#4,4,3,4,4,4,3,4,2"));
    assertEquals(new SmsSurvey.Parsed("7k3qx9mz2a", List.of(3, 3, 3, 3, 3, 3, 3, 3, 3)), SmsSurvey.parse("SKM 7k3qx 9mz2a 3"));
  }

  @Test
  void wrongCountsOrScoresLeaveNoScores() {
    assertNull(SmsSurvey.parse("SKM 7K3QX-9MZ2A 4 4").scores());
    assertNull(SmsSurvey.parse("SKM 7K3QX-9MZ2A 5").scores());
    assertNull(SmsSurvey.parse("SKM 7K3QX-9MZ2A 0 4 4 4 4 4 4 4 4").scores());
    assertNull(SmsSurvey.parse("SKM 7K3QX-9MZ2A").scores());
    assertNull(SmsSurvey.parse("SKM").code());
  }

  @Test
  void onlyTheKeywordAsAWordMakesASurvey() {
    assertTrue(SmsSurvey.isSurvey("SKM 7K3QX-9MZ2A 4"));
    assertTrue(SmsSurvey.isSurvey("  skm#7K3QX-9MZ2A#4"));
    assertFalse(SmsSurvey.isSurvey("SKMK sekolah dekat terminal macet"));
    assertFalse(SmsSurvey.isSurvey("ADUAN#Jl. Sudirman#SKM rusak"));
  }
}
