package id.aduan.intake.submit;

/** The complaint was not stored (broker or registry unreachable); the client should retry later. */
public final class IntakeUnavailableException extends RuntimeException {
  public IntakeUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
