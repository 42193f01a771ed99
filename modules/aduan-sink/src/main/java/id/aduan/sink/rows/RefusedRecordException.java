package id.aduan.sink.rows;

/** A record that decodes but cannot be stored: the message is the reason a person reads on the dead letter. */
public final class RefusedRecordException extends RuntimeException {
  public RefusedRecordException(String reason) {
    super(reason);
  }
}
