package id.aduan.intake.survey;

import id.aduan.event.SkmScores;
import java.util.List;

/**
 * The nine elements of the Community Satisfaction Survey (SKM, PermenPANRB 14/2017) in the order of the
 * regulation (U1–U9), each with the field name used by forms, the JSON API and {@link SkmScores}, and a
 * plain question in Indonesian and English. Every element is scored 1–4.
 */
public enum SkmElement {
  PERSYARATAN("persyaratan", "Persyaratan", "Apakah persyaratan layanan jelas dan wajar?",
      "Requirements", "Were the requirements of the service clear and reasonable?"),
  PROSEDUR("prosedur", "Prosedur", "Apakah cara dan alur penanganan mudah diikuti?",
      "Procedure", "Was the way your complaint was handled easy to follow?"),
  WAKTU("waktu", "Waktu penyelesaian", "Apakah pengaduan Anda diselesaikan tepat waktu?",
      "Time", "Was your complaint resolved in good time?"),
  BIAYA("biaya", "Biaya", "Apakah biaya sesuai ketentuan? (Jika memang gratis dan tidak ada pungutan, pilih sangat baik.)",
      "Cost", "Was any cost in line with the rules? (If the service is free and nobody asked for money, choose very good.)"),
  PRODUK("produk", "Hasil layanan", "Apakah hasil penanganan sesuai dengan yang dijanjikan?",
      "Result", "Did the result match what the service promises?"),
  KOMPETENSI("kompetensi", "Kemampuan petugas", "Apakah petugas paham dan mampu menangani masalah Anda?",
      "Staff competence", "Did the staff know how to deal with your problem?"),
  PERILAKU("perilaku", "Sikap petugas", "Apakah petugas sopan dan ramah?",
      "Staff conduct", "Were the staff polite and friendly?"),
  PENANGANAN_PENGADUAN("penangananPengaduan", "Penanganan pengaduan", "Bagaimana pengaduan, saran, dan masukan Anda ditanggapi?",
      "Complaint handling", "How well were your complaint, suggestions and feedback handled?"),
  SARANA("sarana", "Sarana dan prasarana", "Bagaimana sarana dan prasarana layanan ini?",
      "Facilities", "How good are the facilities of this service?");

  public static final int MIN = 1;
  public static final int MAX = 4;
  /** The answer labels of scores 1–4. */
  public static final List<String> LABELS_ID = List.of("tidak baik", "kurang baik", "baik", "sangat baik");
  public static final List<String> LABELS_EN = List.of("poor", "fair", "good", "very good");

  private final String field;
  private final String nameId;
  private final String questionId;
  private final String nameEn;
  private final String questionEn;

  SkmElement(String field, String nameId, String questionId, String nameEn, String questionEn) {
    this.field = field;
    this.nameId = nameId;
    this.questionId = questionId;
    this.nameEn = nameEn;
    this.questionEn = questionEn;
  }

  /** The name of the element in forms, JSON and the Avro record. */
  public String field() {
    return field;
  }

  public String name(String language) {
    return "en".equals(language) ? nameEn : nameId;
  }

  public String question(String language) {
    return "en".equals(language) ? questionEn : questionId;
  }

  public static String label(String language, int score) {
    return ("en".equals(language) ? LABELS_EN : LABELS_ID).get(score - 1);
  }

  public static boolean valid(int score) {
    return score >= MIN && score <= MAX;
  }

  /** The Avro scores from nine valid scores in element order. */
  public static SkmScores scores(List<Integer> scores) {
    if (scores.size() != values().length || !scores.stream().allMatch(SkmElement::valid)) {
      throw new IllegalArgumentException("nine scores of 1-4 expected, got " + scores);
    }
    return SkmScores.newBuilder()
        .setPersyaratan(scores.get(0))
        .setProsedur(scores.get(1))
        .setWaktu(scores.get(2))
        .setBiaya(scores.get(3))
        .setProduk(scores.get(4))
        .setKompetensi(scores.get(5))
        .setPerilaku(scores.get(6))
        .setPenangananPengaduan(scores.get(7))
        .setSarana(scores.get(8))
        .build();
  }
}
