package id.aduan.sink.rows;

import id.aduan.event.SkmScores;
import java.util.List;

/** The nine SKM elements as columns, in the order of the regulation (U1 to U9). */
final class SkmColumns {
  static final List<String> ELEMENTS = List.of("persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi",
      "perilaku", "penanganan_pengaduan", "sarana");

  private SkmColumns() {}

  static List<String> prefixed(String prefix) {
    return ELEMENTS.stream().map(e -> prefix + e).toList();
  }

  /** The nine scores, or nine nulls when there is no answer. */
  static Object[] scores(SkmScores s) {
    if (s == null) {
      return new Object[ELEMENTS.size()];
    }
    return new Object[] {s.getPersyaratan(), s.getProsedur(), s.getWaktu(), s.getBiaya(), s.getProduk(),
        s.getKompetensi(), s.getPerilaku(), s.getPenangananPengaduan(), s.getSarana()};
  }
}
