package id.aduan.text.starter;

import id.aduan.text.classify.FeatureSpec;
import id.aduan.text.classify.ModelFile;
import id.aduan.text.classify.TextClassifier;
import id.aduan.text.classify.TrainingOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The starter category model for a provincial transport agency (the taxonomy in DESIGN.md), trained only
 * on {@code transport-complaints.csv}: short complaints written for this project and licensed with it. It
 * lets a new deployment route from day one; an agency should retrain on its own history as soon as it has
 * one (see the module README). The shipped file is reproduced by
 *
 * <pre>
 *   aduan model train --input modules/aduan-text/src/main/resources/id/aduan/text/starter/transport-complaints.csv \
 *     --text-column text --label-column category --hash-bits 16 --created-at 2026-11-28T00:00:00Z \
 *     --out modules/aduan-text/src/main/resources/id/aduan/text/starter/transport.model
 * </pre>
 */
public final class TransportStarterModel {

  public static final String DATA_RESOURCE = "transport-complaints.csv";
  public static final String MODEL_RESOURCE = "transport.model";
  public static final Instant CREATED_AT = Instant.parse("2026-11-28T00:00:00Z");

  private TransportStarterModel() {}

  /** The options of the documented command: the defaults with 2^16 buckets, which keeps the file small. */
  public static TrainingOptions options() {
    FeatureSpec standard = FeatureSpec.standard();
    return TrainingOptions.defaults()
        .withFeatures(new FeatureSpec(16, standard.wordNgrams(), standard.charMin(), standard.charMax(), standard.stem()));
  }

  public static TextClassifier load() {
    try (InputStream in = TransportStarterModel.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("starter model missing from the class path: " + MODEL_RESOURCE);
      }
      return ModelFile.read(in, "classpath:" + MODEL_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
