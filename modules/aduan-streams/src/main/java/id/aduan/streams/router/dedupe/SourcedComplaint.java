package id.aduan.streams.router.dedupe;

/**
 * A complaint with the two keys of its source, taken from the received complaint before masking drops the
 * reporter and the channel message id: {@code sourceKey} (one reporter, or one channel message when the
 * reporter is unknown) and {@code messageKey} (one channel message). Both are keyed hashes or intake's
 * reporter key, never a contact or a message id as it was sent.
 */
public record SourcedComplaint<T>(T complaint, String sourceKey, String messageKey) {

  /** The same source with another form of the complaint (the classified one after analysis). */
  public <U> SourcedComplaint<U> with(U other) {
    return new SourcedComplaint<>(other, sourceKey, messageKey);
  }
}
