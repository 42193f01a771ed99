package id.aduan.text.normalize;

/** Receives tokens as a view of the analyser's buffer, so hot paths need not allocate a String per token. */
@FunctionalInterface
public interface TokenConsumer {
  /** {@code buffer[0, length)} holds the token; the buffer is reused after the call returns. */
  void accept(char[] buffer, int length);
}
