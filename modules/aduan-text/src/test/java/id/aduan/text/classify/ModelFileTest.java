package id.aduan.text.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.text.training.ModelTrainer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

  private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05Z");
  private static final ModelTrainer.Source SOURCE = new ModelTrainer.Source("toy.csv", "abc", "text", "label");
  private static List<LabelledText> data;
  private static TextClassifier model;

  @TempDir Path dir;

  @BeforeAll
  static void train() {
    data = new ArrayList<>();
    String[] lights = {"lampu merah mati di simpang", "traffic light simpang empat padam", "lampu lalu lintas tidak menyala", "apill mati total"};
    String[] buses = {"bus transmusi telat lama", "sopir bus ugal ugalan", "angkot ngetem sembarangan", "halte bus kotor dan rusak"};
    String[] levy = {"petugas minta uang pungli", "ada pungutan liar di jembatan timbang", "oknum dishub minta uang damai", "pungli parkir liar"};
    for (int copy = 0; copy < 5; copy++) {
      for (String t : lights) {
        data.add(new LabelledText(t + " " + copy, "lampu"));
      }
      for (String t : buses) {
        data.add(new LabelledText(t + " " + copy, "angkutan"));
      }
      for (String t : levy) {
        data.add(new LabelledText(t + " " + copy, "pungli"));
      }
    }
    model = ModelTrainer.train(data, SOURCE, options(), CREATED, TrainingProgress.SILENT);
  }

  private static TrainingOptions options() {
    return TrainingOptions.defaults().withFeatures(new FeatureSpec(14, 2, 3, 5, true)).withValidationFraction(0.2).withEpochs(8);
  }

  @Test
  void roundTripKeepsDescriptionAndPredictions() throws IOException {
    Path file = dir.resolve("m.model");
    ModelFile.write(model, file);
    TextClassifier loaded = ModelFile.read(file);
    assertEquals(model.info(), loaded.info());
    assertEquals(List.of("angkutan", "lampu", "pungli"), loaded.labels());
    assertEquals("2026-01-02T03:04:05Z", loaded.info().createdAt());
    assertEquals("abc", loaded.info().training().sha256());
    assertEquals(60, loaded.info().training().rows());
    assertTrue(loaded.info().validation().containsKey("macroF1"));
    assertTrue(loaded.readsTextAsTrained());
    assertTrue(loaded.info().textPipeline().startsWith("r2-"), loaded.info().textPipeline());
    for (String text : List.of("lampu merah di simpang mati", "ada pungli oleh oknum", "bus ugal ugalan")) {
      Prediction a = model.predict(text);
      Prediction b = loaded.predict(text);
      assertEquals(a, b);
    }
    assertEquals("pungli", loaded.predict("oknum minta uang pungli").label());
  }

  @Test
  void sameDataAndSeedGiveTheSameBytes() throws IOException {
    TextClassifier again = ModelTrainer.train(data, SOURCE, options(), CREATED, TrainingProgress.SILENT);
    assertArrayEquals(bytes(model), bytes(again));
  }

  @Test
  void refusesFilesThatAreNotModels() throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "bukan model");
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.read(file));
    assertTrue(e.getMessage().contains("is not an Aduan model file"), e.getMessage());
  }

  @Test
  void refusesNewerFormatVersions() throws IOException {
    byte[] b = bytes(model);
    b[9] = (byte) (ModelFile.FORMAT_VERSION + 1);
    Path file = dir.resolve("future.model");
    Files.write(file, b);
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.read(file));
    assertTrue(e.getMessage().contains("format version 2") && e.getMessage().contains("upgrade"), e.getMessage());
  }

  @Test
  void detectsTruncationAndCorruption() throws IOException {
    byte[] b = bytes(model);
    Path truncated = dir.resolve("truncated.model");
    Files.write(truncated, Arrays.copyOf(b, b.length / 2));
    ModelFormatException t = assertThrows(ModelFormatException.class, () -> ModelFile.read(truncated));
    assertTrue(t.getMessage().contains("truncated") || t.getMessage().contains("corrupt"), t.getMessage());

    byte[] flipped = b.clone();
    flipped[b.length - 12] ^= 0x5a;
    Path corrupt = dir.resolve("corrupt.model");
    Files.write(corrupt, flipped);
    assertThrows(ModelFormatException.class, () -> ModelFile.read(corrupt));
  }

  @Test
  void refusesAModelOfAnotherKind() throws IOException {
    byte[] b = bytes(model);
    String kind = ModelInfo.KIND;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelInfo other = new ModelInfo("something-else", model.info().labels(), model.info().features(), model.info().textPipeline(), model.info().training(),
        model.info().temperature(), model.info().validation(), model.info().createdAt());
    ModelFile.write(new TextClassifier(other, model.weights()), out);
    Path file = dir.resolve("other.model");
    Files.write(file, out.toByteArray());
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> ModelFile.read(file));
    assertTrue(e.getMessage().contains("something-else"), e.getMessage());
    assertTrue(new String(b, 0, 8, StandardCharsets.US_ASCII).equals("ADUANMDL") && !kind.isEmpty());
  }

  @Test
  void noticesAModelTrainedWithDifferentLexicons() {
    ModelInfo older = new ModelInfo(ModelInfo.KIND, model.info().labels(), model.info().features(), "r0-0123456789abcdef",
        model.info().training(), model.info().temperature(), model.info().validation(), model.info().createdAt());
    TextClassifier stale = new TextClassifier(older, model.weights());
    assertTrue(!stale.readsTextAsTrained());
    assertEquals(model.predict("lampu merah mati"), stale.predict("lampu merah mati"));
  }

  private static byte[] bytes(TextClassifier m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelFile.write(m, out);
    return out.toByteArray();
  }
}
