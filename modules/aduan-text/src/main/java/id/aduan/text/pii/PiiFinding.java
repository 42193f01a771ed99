package id.aduan.text.pii;

/**
 * One piece of personal data found in a text: its type and the half-open span {@code [start, end)} of
 * characters in the original text.
 */
public record PiiFinding(PiiType type, int start, int end) implements Comparable<PiiFinding> {

  public PiiFinding {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("empty or negative span [" + start + ", " + end + ")");
    }
  }

  public boolean overlaps(PiiFinding other) {
    return start < other.end && other.start < end;
  }

  public String textIn(CharSequence original) {
    return original.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(PiiFinding o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
  }
}
