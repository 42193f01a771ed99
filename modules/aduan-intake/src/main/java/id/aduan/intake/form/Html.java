package id.aduan.intake.form;

/** Escaping for text placed in HTML content and attribute values. */
final class Html {
  private Html() {}

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A whole page: language, title, a small readable style, no script. */
  static String page(String language, String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + escape(title) + " — Aduan</title><style>"
        + "body{font-family:system-ui,sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem;line-height:1.5;color:#111}"
        + "label{display:block;font-weight:600;margin-top:1rem}input[type=text],textarea,select{width:100%;padding:.5rem;"
        + "font-size:1rem;border:2px solid #555;border-radius:4px;box-sizing:border-box}"
        + ".check label{display:inline;font-weight:normal}.hint{color:#444;font-size:.9rem;margin:0}"
        + ".errors{border:3px solid #b00020;padding:.5rem 1rem;margin:1rem 0}.error{color:#b00020;font-weight:600}"
        + "button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem;background:#0b4f9c;color:#fff;border:0;border-radius:4px}"
        + ":focus{outline:3px solid #f5a623;outline-offset:2px}.code{font-size:2rem;font-weight:700;letter-spacing:.1em}"
        + "dt{font-weight:600}dd{margin:0 0 .5rem 0}fieldset{margin-top:1rem;border:1px solid #999}legend{font-weight:600}"
        + "</style></head><body><main>" + body + "</main></body></html>";
  }
}
