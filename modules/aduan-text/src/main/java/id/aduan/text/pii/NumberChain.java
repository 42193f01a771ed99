package id.aduan.text.pii;

/**
 * A run of digit groups joined by the separators people use when writing numbers by hand
 * ({@code 0812-3456-789}, {@code (022) 765 4321}, {@code 3273 0452 6018 1590}). Phone numbers and identity
 * numbers are recognised on these runs rather than with one regular expression per format, because the
 * same digits appear with any grouping.
 *
 * @param groupStarts start offset of each digit group in the text
 * @param groupEnds end offset (exclusive) of each digit group
 * @param plusBefore whether a '+' directly precedes the first group
 */
record NumberChain(int[] groupStarts, int[] groupEnds, boolean plusBefore) {

  int groups() {
    return groupStarts.length;
  }

  int length(int group) {
    return groupEnds[group] - groupStarts[group];
  }

  int digits(int fromGroup, int toGroupInclusive) {
    int n = 0;
    for (int g = fromGroup; g <= toGroupInclusive; g++) {
      n += length(g);
    }
    return n;
  }

  String digitString(CharSequence text, int fromGroup, int toGroupInclusive) {
    StringBuilder sb = new StringBuilder(16);
    for (int g = fromGroup; g <= toGroupInclusive; g++) {
      sb.append(text, groupStarts[g], groupEnds[g]);
    }
    return sb.toString();
  }

  /** The separator characters between group {@code g} and group {@code g + 1}. */
  String separatorAfter(CharSequence text, int g) {
    return text.subSequence(groupEnds[g], groupStarts[g + 1]).toString();
  }
}
