package id.aduan.text.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndonesianTokenizerTest {

  @Test
  void tokenisesAndStemsWithLucenesIndonesianStemmer() {
    try (IndonesianTokenizer stemming = new IndonesianTokenizer(true)) {
      assertEquals(List.of("layan", "tugas", "tidak", "ramah", "di", "terminal"),
          stemming.tokens("Pelayanannya petugas tidak ramah di terminal."));
      assertEquals(List.of("jalan", "lubang", "bahaya", "endara"),
          stemming.tokens("jalan berlubang membahayakan pengendara"));
    }
  }

  @Test
  void keepsWordsWhenNotStemming() {
    try (IndonesianTokenizer plain = new IndonesianTokenizer(false)) {
      assertEquals(List.of("pelayanannya", "tidak", "ramah", "2", "jam"), plain.tokens("Pelayanannya TIDAK ramah, 2 jam!"));
    }
  }
}
