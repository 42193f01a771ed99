package id.aduan.console.pages;

import java.util.HashMap;
import java.util.Map;

/** The console's words in Indonesian (the default) and English ({@code ?lang=en}). */
public final class Messages {
  private static final Map<String, String[]> TEXT = new HashMap<>();

  static {
    add("console", "Konsol Aduan", "Aduan console");
    add("login", "Masuk", "Sign in");
    add("logout", "Keluar", "Sign out");
    add("username", "Nama pengguna", "User name");
    add("password", "Kata sandi", "Password");
    add("login.failed", "Nama pengguna atau kata sandi salah.", "Wrong user name or password.");
    add("login.locked", "Terlalu banyak percobaan gagal. Coba lagi dalam %s detik.",
        "Too many failed attempts. Try again in %s seconds.");
    add("inbox", "Kotak masuk", "Inbox");
    add("triage", "Meja triase", "Triage desk");
    add("filter", "Saring", "Filter");
    add("status", "Status", "Status");
    add("status.open", "Terbuka", "Open");
    add("status.all", "Semua", "All");
    add("category", "Kategori", "Category");
    add("category.any", "Semua kategori", "Any category");
    add("search", "Cari (nomor, judul, teks, alamat)", "Search (id, title, text, address)");
    add("case", "Kasus", "Case");
    add("title", "Judul", "Title");
    add("unit", "Unit", "Unit");
    add("urgency", "Urgensi", "Urgency");
    add("age", "Umur", "Age");
    add("time.left", "Sisa waktu SLA", "SLA time left");
    add("overdue", "Terlambat", "Overdue");
    add("overdue.by", "terlambat %s", "overdue by %s");
    add("none", "—", "—");
    add("no.cases", "Tidak ada kasus.", "No cases.");
    add("text", "Isi aduan (data pribadi disamarkan)", "Complaint text (personal data masked)");
    add("text.confidential", "Aduan rahasia: isinya hanya untuk unit yang ditugasi.",
        "Confidential complaint: its text is for the assigned unit only.");
    add("address", "Alamat", "Address");
    add("channel", "Kanal", "Channel");
    add("received", "Diterima", "Received");
    add("first.response.due", "Batas tanggapan pertama", "First response due");
    add("resolution.due", "Batas penyelesaian", "Resolution due");
    add("duplicate.of", "Duplikat dari", "Duplicate of");
    add("history", "Riwayat", "History");
    add("when", "Waktu", "When");
    add("actor", "Oleh", "By");
    add("note", "Catatan", "Note");
    add("actions", "Tindakan", "Actions");
    add("action.acknowledge", "Terima (verifikasi)", "Acknowledge");
    add("action.in-progress", "Sedang ditindaklanjuti", "In progress");
    add("action.resolve", "Selesai", "Resolve");
    add("action.reject", "Tolak (bukan kewenangan kami)", "Reject (not our authority)");
    add("action.transfer", "Alihkan ke unit lain", "Transfer to another unit");
    add("public.note", "Balasan untuk pelapor (publik)", "Reply to the citizen (public)");
    add("internal.note", "Catatan internal (tidak dipublikasikan)", "Internal note (not published)");
    add("reason", "Alasan penolakan (publik)", "Reason for rejection (public)");
    add("target.unit", "Unit tujuan", "Target unit");
    add("send", "Kirim", "Send");
    add("pending", "Perubahan terkirim dan sedang diproses. Halaman ini diperbarui sendiri; atau muat ulang.",
        "The change was sent and is being applied. This page refreshes itself; or reload it.");
    add("reload", "Muat ulang", "Reload");
    add("applied", "Perubahan sudah diterapkan.", "The change has been applied.");
    add("route", "Rutekan", "Route");
    add("correct.category", "Koreksi kategori", "Correct the category");
    add("corrected.category", "Kategori yang benar", "Correct category");
    add("confidence", "Keyakinan model", "Model confidence");
    add("candidates", "Kandidat model", "Model candidates");
    add("no.triage", "Tidak ada aduan yang menunggu triase.", "No complaint is waiting for triage.");
    add("routed.sent", "Rute terkirim; kasus muncul di kotak masuk unit setelah diproses.",
        "Routing sent; the case appears in the unit's inbox once applied.");
    add("same.unit", "Tetap di unit ini (hanya koreksi kategori)", "Keep with this unit (category correction only)");
    add("label.only", "Kategori dicatat sebagai contoh pelatihan; unit tidak berubah.",
        "The category was recorded as a training example; the unit did not change.");
    add("language", "English", "Bahasa Indonesia");
  }

  private static void add(String key, String indonesian, String english) {
    TEXT.put(key, new String[] {indonesian, english});
  }

  private final boolean english;

  private Messages(boolean english) {
    this.english = english;
  }

  public static Messages of(boolean english) {
    return new Messages(english);
  }

  public boolean english() {
    return english;
  }

  public String lang() {
    return english ? "en" : "id";
  }

  public String get(String key) {
    String[] text = TEXT.get(key);
    if (text == null) {
      throw new IllegalArgumentException("no message " + key);
    }
    return text[english ? 1 : 0];
  }

  public String format(String key, Object... args) {
    return String.format(get(key), args);
  }

  /** A status in words. */
  public String status(String status) {
    String[] words = switch (status) {
      case "RECEIVED" -> new String[] {"Diterima", "Received"};
      case "ROUTED" -> new String[] {"Didisposisikan", "Routed"};
      case "TRIAGE" -> new String[] {"Triase", "Triage"};
      case "ACKNOWLEDGED" -> new String[] {"Diverifikasi", "Acknowledged"};
      case "IN_PROGRESS" -> new String[] {"Ditindaklanjuti", "In progress"};
      case "RESOLVED" -> new String[] {"Selesai", "Resolved"};
      case "REJECTED" -> new String[] {"Ditolak", "Rejected"};
      case "TRANSFERRED" -> new String[] {"Dialihkan", "Transferred"};
      case "REOPENED" -> new String[] {"Dibuka kembali", "Reopened"};
      case "CLOSED" -> new String[] {"Ditutup", "Closed"};
      default -> new String[] {status, status};
    };
    return words[english ? 1 : 0];
  }

  /** A link target with the language kept. */
  public String link(String path) {
    if (!english) {
      return path;
    }
    return path + (path.contains("?") ? "&" : "?") + "lang=en";
  }
}
