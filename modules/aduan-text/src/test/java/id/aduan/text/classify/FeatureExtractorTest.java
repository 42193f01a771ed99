package id.aduan.text.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.text.normalize.TextNormalizer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

  private final FeatureExtractor features = new FeatureExtractor(FeatureSpec.standard(), TextNormalizer.standard());

  @Test
  void vectorsHaveUnitNormAndFiniteValuesForShortAndVeryLongTexts() {
    String longText = "jalan rusak parah berlubang di depan terminal sejak bulan lalu ".repeat(60) + "pungli jukir ngebut 123 456";
    for (String text : new String[] {"macet", "lampu merah mati di simpang polda", longText}) {
      SparseVector v = features.extract(text);
      double norm = 0;
      for (float x : v.values()) {
        assertTrue(Float.isFinite(x) && x > 0, text);
        norm += x * x;
      }
      assertEquals(1.0, norm, 1e-5, text);
    }
  }

  @Test
  void sameTextGivesTheSameVectorWhateverCameBefore() {
    SparseVector first = features.extract("halte bus rusak");
    features.extract("teks lain yang panjang sekali ".repeat(100));
    SparseVector again = features.extract("halte bus rusak");
    assertArrayEquals(first.indices(), again.indices());
    assertArrayEquals(first.values(), again.values());
  }

  @Test
  void repeatedWordsCountButAreDamped() {
    Map<Integer, Float> once = asMap(features.extract("macet"));
    Map<Integer, Float> thrice = asMap(features.extract("macet macet macet"));
    assertEquals(once.keySet(), thrice.keySet().stream().filter(once::containsKey).collect(java.util.stream.Collectors.toSet()));
    assertTrue(thrice.size() > once.size(), "bigrams 'macet macet' appear");
  }

  @Test
  void informalAndFormalSpellingsShareFeatures() {
    Map<Integer, Float> informal = asMap(features.extract("jln rusak bgt gk diperbaiki"));
    Map<Integer, Float> formal = asMap(features.extract("jalan rusak banget tidak diperbaiki"));
    assertEquals(formal.keySet(), informal.keySet());
  }

  @Test
  void onePassFeedsModelsOfDifferentSizes() {
    FeatureExtractor small = new FeatureExtractor(new FeatureSpec(14, 2, 3, 5, true), TextNormalizer.standard());
    String normalized = TextNormalizer.standard().normalize("Lampu merah di simpang Polda mati, macet parah!!");
    RawFeatures raw = features.raw(normalized);
    assertTrue(features.sharesPassWith(small));
    assertEquals(asMap(small.extractNormalized(normalized)), asMap(small.vector(raw)));
    assertEquals(asMap(features.extractNormalized(normalized)), asMap(features.vector(raw)));
    assertTrue(!features.sharesPassWith(new FeatureExtractor(new FeatureSpec(14, 1, 3, 5, true), TextNormalizer.standard())));
  }

  private static Map<Integer, Float> asMap(SparseVector v) {
    Map<Integer, Float> m = new HashMap<>();
    for (int i = 0; i < v.size(); i++) {
      m.merge(v.indices()[i], v.values()[i], Float::sum);
    }
    return m;
  }
}
