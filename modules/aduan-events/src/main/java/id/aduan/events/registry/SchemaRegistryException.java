package id.aduan.events.registry;

/**
 * A failed registry operation, carrying the HTTP status and the registry's own error code (Confluent
 * codes such as 40401 subject not found, 40403 schema not found, 409 incompatible, 42201 invalid schema)
 * so callers can react to the cause and people can read it.
 */
public class SchemaRegistryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public static final int SUBJECT_NOT_FOUND = 40401;
  public static final int VERSION_NOT_FOUND = 40402;
  public static final int SCHEMA_NOT_FOUND = 40403;
  public static final int INCOMPATIBLE_SCHEMA = 409;
  public static final int INVALID_SCHEMA = 42201;
  /** Not a registry code: the registry could not be reached or did not answer in time. */
  public static final int UNREACHABLE = -1;

  private final int httpStatus;
  private final int errorCode;

  public SchemaRegistryException(int httpStatus, int errorCode, String message) {
    this(httpStatus, errorCode, message, null);
  }

  public SchemaRegistryException(int httpStatus, int errorCode, String message, Throwable cause) {
    super(message + describe(httpStatus, errorCode), cause);
    this.httpStatus = httpStatus;
    this.errorCode = errorCode;
  }

  private static String describe(int httpStatus, int errorCode) {
    if (errorCode == UNREACHABLE) {
      return "";
    }
    return " (HTTP " + httpStatus + ", registry error code " + errorCode + ")";
  }

  public int httpStatus() {
    return httpStatus;
  }

  public int errorCode() {
    return errorCode;
  }

  public boolean isNotFound() {
    return httpStatus == 404;
  }
}
