package id.aduan.streams.dlq;

/**
 * Thrown by a processing stage for a record it refuses (invalid content, not a bug): the processing
 * exception handler sends the record to the DLQ with this reason and stage, and the job continues.
 */
public class RefusedRecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String stage;

  public RefusedRecordException(String stage, String reason) {
    super(reason, null, false, false);
    this.stage = stage;
  }

  public String stage() {
    return stage;
  }
}
