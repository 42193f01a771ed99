package id.aduan.console.pages;

import id.aduan.console.auth.Principal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Escaping, the page frame and small formatting helpers shared by the console's pages. */
public final class Html {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");
  private static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

  private Html() {}

  public static String escape(String s) {
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

  /**
   * A whole page: language, title, navigation for a signed-in principal (null on the sign-in page), no
   * script. {@code refreshSeconds} above 0 reloads the page (a pending change), which needs no JavaScript.
   */
  public static String page(Messages m, String title, Principal who, String csrf, String body, int refreshSeconds) {
    StringBuilder nav = new StringBuilder();
    if (who != null) {
      nav.append("<nav aria-label=\"").append(escape(m.get("console"))).append("\"><a href=\"")
          .append(m.link("/kotak-masuk")).append("\">").append(escape(m.get("inbox"))).append("</a>");
      if (who.admin()) {
        nav.append(" · <a href=\"").append(m.link("/triase")).append("\">").append(escape(m.get("triage"))).append("</a>");
      }
      nav.append(" · <span>").append(escape(who.actor())).append(who.unitId() == null ? "" : " (" + escape(who.unitId()) + ")")
          .append("</span> <form class=\"inline\" method=\"post\" action=\"/keluar\">").append(hidden("csrf", csrf))
          .append("<button type=\"submit\">").append(escape(m.get("logout"))).append("</button></form></nav>");
    }
    String other = m.english() ? "?lang=id" : "?lang=en";
    return "<!DOCTYPE html>\n<html lang=\"" + m.lang() + "\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + (refreshSeconds > 0 ? "<meta http-equiv=\"refresh\" content=\"" + refreshSeconds + "\">" : "")
        + "<title>" + escape(title) + " — " + escape(m.get("console")) + "</title><style>"
        + "body{font-family:system-ui,sans-serif;max-width:72rem;margin:1rem auto;padding:0 1rem;line-height:1.5;color:#111}"
        + "label{display:block;font-weight:600;margin-top:.75rem}input[type=text],input[type=password],input[type=search],"
        + "textarea,select{width:100%;max-width:40rem;padding:.4rem;font-size:1rem;border:2px solid #555;border-radius:4px;box-sizing:border-box}"
        + "button{margin-top:.75rem;padding:.5rem 1rem;font-size:1rem;background:#0b4f9c;color:#fff;border:0;border-radius:4px}"
        + ":focus{outline:3px solid #f5a623;outline-offset:2px}table{border-collapse:collapse;width:100%}"
        + "th,td{border-bottom:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}"
        + ".overdue{color:#b00020;font-weight:700}.notice{border:3px solid #0b4f9c;padding:.5rem 1rem}"
        + ".error{border:3px solid #b00020;padding:.5rem 1rem;color:#b00020;font-weight:600}"
        + "form.inline{display:inline}form.inline button{margin:0;padding:.2rem .6rem}"
        + "fieldset{margin-top:1rem;border:1px solid #777}legend{font-weight:600}dt{font-weight:600}dd{margin:0 0 .5rem 0}"
        + "</style></head><body><header>" + nav + " · <a href=\"" + other + "\">" + escape(m.get("language"))
        + "</a></header><main><h1>" + escape(title) + "</h1>" + body + "</main></body></html>";
  }

  public static String hidden(String name, String value) {
    return "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\">";
  }

  /** Hidden fields every console form carries: the CSRF token and the language. */
  public static String formGuard(Messages m, String csrf) {
    return hidden("csrf", csrf) + (m.english() ? hidden("lang", "en") : "");
  }

  public static String time(Instant at) {
    return at == null ? "—" : TIME.format(at.atZone(ZONE));
  }

  /** "2 hari 3 jam" / "2 d 3 h"; minutes under an hour. */
  public static String duration(Messages m, Duration d) {
    Duration abs = d.abs();
    long days = abs.toDays();
    long hours = abs.toHoursPart();
    if (days > 0) {
      return days + (m.english() ? " d " : " hari ") + hours + (m.english() ? " h" : " jam");
    }
    if (hours > 0) {
      return hours + (m.english() ? " h " : " jam ") + abs.toMinutesPart() + (m.english() ? " min" : " menit");
    }
    return abs.toMinutesPart() + (m.english() ? " min" : " menit");
  }
}
