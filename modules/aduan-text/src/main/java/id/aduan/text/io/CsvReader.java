package id.aduan.text.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimited text as RFC 4180 describes it: fields may be quoted, quoted fields may hold the
 * delimiter, line breaks and doubled quotes. Exported complaint histories are full of all three.
 */
public final class CsvReader {

  private final Reader in;
  private final char delimiter;
  private int pushedBack = -2;
  private long line = 1;

  public CsvReader(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  /** The line number where the next record starts (1-based), for error messages. */
  public long line() {
    return line;
  }

  /** The next record's fields, or null at the end of input. */
  public List<String> next() throws IOException {
    int c = read();
    if (c == -1) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean fieldStarted = false;
    while (true) {
      if (quoted) {
        if (c == -1) {
          throw new IOException("unterminated quoted field starting before line " + line);
        }
        if (c == '"') {
          int d = read();
          if (d == '"') {
            field.append('"');
          } else {
            quoted = false;
            c = d;
            continue;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
      } else if (c == '"' && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
      } else if (c == '\n' || c == -1) {
        if (c == '\n') {
          line++;
        }
        fields.add(field.toString());
        return fields;
      } else if (c == '\r') {
        int d = read();
        if (d != '\n') {
          unread(d);
        }
        line++;
        fields.add(field.toString());
        return fields;
      } else {
        field.append((char) c);
        fieldStarted = true;
      }
      c = read();
    }
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    return in.read();
  }

  private void unread(int c) {
    pushedBack = c;
  }
}
