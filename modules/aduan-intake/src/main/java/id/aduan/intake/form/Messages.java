package id.aduan.intake.form;

import java.util.Map;

/** The citizen pages' words, Indonesian first and English second; the keys are the same in both. */
final class Messages {
  private static final Map<String, String> ID = Map.ofEntries(
      Map.entry("title", "Sampaikan pengaduan"),
      Map.entry("intro", "Laporkan masalah layanan perhubungan. Kolom bertanda * wajib diisi."),
      Map.entry("category", "Kategori"),
      Map.entry("category.none", "— Pilih kategori (boleh dikosongkan) —"),
      Map.entry("text", "Isi pengaduan *"),
      Map.entry("text.hint", "Ceritakan apa yang terjadi, kapan, dan di mana."),
      Map.entry("address", "Lokasi kejadian"),
      Map.entry("address.hint", "Nama jalan, simpang, terminal, atau patokan."),
      Map.entry("reporter", "Identitas pelapor"),
      Map.entry("name", "Nama"),
      Map.entry("contact", "Nomor HP atau e-mail"),
      Map.entry("contact.hint", "Hanya dipakai untuk menjawab Anda; tidak ditampilkan kepada publik."),
      Map.entry("anonymous", "Rahasiakan identitas saya dari petugas (anonim)"),
      Map.entry("confidential", "Jangan tampilkan isi pengaduan ke publik (rahasia)"),
      Map.entry("submit", "Kirim pengaduan"),
      Map.entry("errors", "Periksa kembali isian berikut:"),
      Map.entry("received", "Pengaduan Anda sudah kami terima."),
      Map.entry("code", "Kode lacak"),
      Map.entry("code.keep", "Simpan kode ini untuk melihat perkembangan pengaduan Anda."),
      Map.entry("track.title", "Lacak pengaduan"),
      Map.entry("track.label", "Kode lacak"),
      Map.entry("track.submit", "Lacak"),
      Map.entry("track.notfound", "Kode lacak tidak ditemukan. Periksa kembali kode Anda."),
      Map.entry("status", "Status"),
      Map.entry("receivedAt", "Diterima"),
      Map.entry("status.received", "Diterima"),
      Map.entry("status.routed", "Diteruskan ke unit"),
      Map.entry("status.acknowledged", "Ditanggapi unit"),
      Map.entry("status.in_progress", "Sedang ditangani"),
      Map.entry("status.transferred", "Dialihkan"),
      Map.entry("status.resolved", "Selesai"),
      Map.entry("status.rejected", "Ditolak"),
      Map.entry("new", "Buat pengaduan baru"),
      Map.entry("other.lang", "English"),
      Map.entry("unavailable", "Layanan sedang sibuk; pengaduan belum tersimpan. Silakan kirim ulang sebentar lagi."),
      Map.entry("err.text", "Isi pengaduan wajib diisi (paling banyak 5000 karakter)."),
      Map.entry("err.other", "Isian tidak valid."));

  private static final Map<String, String> EN = Map.ofEntries(
      Map.entry("title", "Submit a complaint"),
      Map.entry("intro", "Report a problem with transport services. Fields marked * are required."),
      Map.entry("category", "Category"),
      Map.entry("category.none", "— Choose a category (optional) —"),
      Map.entry("text", "Your complaint *"),
      Map.entry("text.hint", "Tell us what happened, when and where."),
      Map.entry("address", "Location"),
      Map.entry("address.hint", "Street, junction, terminal or landmark."),
      Map.entry("reporter", "About you"),
      Map.entry("name", "Name"),
      Map.entry("contact", "Mobile number or e-mail"),
      Map.entry("contact.hint", "Used only to answer you; never shown to the public."),
      Map.entry("anonymous", "Hide my identity from the officers (anonymous)"),
      Map.entry("confidential", "Do not publish my complaint (confidential)"),
      Map.entry("submit", "Send complaint"),
      Map.entry("errors", "Please check the following:"),
      Map.entry("received", "We have received your complaint."),
      Map.entry("code", "Tracking code"),
      Map.entry("code.keep", "Keep this code to follow your complaint."),
      Map.entry("track.title", "Track a complaint"),
      Map.entry("track.label", "Tracking code"),
      Map.entry("track.submit", "Track"),
      Map.entry("track.notfound", "No complaint has this tracking code. Please check it."),
      Map.entry("status", "Status"),
      Map.entry("receivedAt", "Received"),
      Map.entry("status.received", "Received"),
      Map.entry("status.routed", "Sent to the responsible unit"),
      Map.entry("status.acknowledged", "Acknowledged by the unit"),
      Map.entry("status.in_progress", "In progress"),
      Map.entry("status.transferred", "Transferred"),
      Map.entry("status.resolved", "Resolved"),
      Map.entry("status.rejected", "Rejected"),
      Map.entry("new", "Submit another complaint"),
      Map.entry("other.lang", "Bahasa Indonesia"),
      Map.entry("unavailable", "The service is busy and your complaint was not saved. Please send it again shortly."),
      Map.entry("err.text", "Please describe your complaint (at most 5000 characters)."),
      Map.entry("err.other", "This value is not valid."));

  private Messages() {}

  static String language(String requested) {
    return "en".equals(requested) ? "en" : "id";
  }

  static String get(String language, String key) {
    return ("en".equals(language) ? EN : ID).getOrDefault(key, key);
  }
}
