package id.aduan.text.starter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.text.classify.ModelFile;
import id.aduan.text.classify.TextClassifier;
import id.aduan.text.classify.TrainingProgress;
import id.aduan.text.io.LabelledCsv;
import id.aduan.text.training.ModelTrainer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransportStarterModelTest {

  private static final List<String> TAXONOMY = List.of("angkutan_sungai", "angkutan_umum", "jalan_rusak", "kemacetan", "lainnya",
      "lampu_lalu_lintas", "odol", "parkir", "penerangan_jalan", "perilaku_petugas", "pungli", "rambu_marka", "terminal", "uji_kir");

  @Test
  void shippedModelIsReproducedByTheDocumentedTraining() throws IOException, URISyntaxException {
    Path csv = Path.of(TransportStarterModel.class.getResource(TransportStarterModel.DATA_RESOURCE).toURI());
    TextClassifier retrained = ModelTrainer.train(csv, "text", "category", LabelledCsv.Format.of(csv),
        TransportStarterModel.options(), TransportStarterModel.CREATED_AT, TrainingProgress.SILENT);
    ByteArrayOutputStream fresh = new ByteArrayOutputStream();
    ModelFile.write(retrained, fresh);
    byte[] shipped;
    try (InputStream in = TransportStarterModel.class.getResourceAsStream(TransportStarterModel.MODEL_RESOURCE)) {
      shipped = in.readAllBytes();
    }
    assertArrayEquals(shipped, fresh.toByteArray(), "retrain the starter model with the command in TransportStarterModel");
  }

  @Test
  void coversTheTransportTaxonomyAndNamesItsData() {
    TextClassifier model = TransportStarterModel.load();
    assertEquals(TAXONOMY, model.labels());
    assertEquals(TransportStarterModel.DATA_RESOURCE, model.info().training().source());
    assertTrue(model.info().training().rows() >= 280);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "lampu merah di simpang empat mati total dari tadi pagi | lampu_lalu_lintas",
      "oknum petugas minta uang damai ke sopir truk | pungli",
      "jalan berlubang dalam di depan pasar, motor banyak yang jatuh | jalan_rusak",
      "jukir liar minta bayaran tanpa karcis | parkir",
      "toilet terminal kotor dan bau | terminal",
      "speedboat kelebihan penumpang tanpa pelampung | angkutan_sungai"})
  void routesPlainComplaints(String text, String category) {
    assertEquals(category, TransportStarterModel.load().predict(text).label());
  }
}
