package id.aduan.sink.db;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

/**
 * Tells a record the database refuses from a database that is unavailable. Only a refusal of the data
 * (SQLSTATE class 22, data exception, and 23, integrity constraint violation) is the record's fault: such a
 * record goes to the dead-letter topic. Everything else (no connection, shutdown, timeouts, lock conflicts,
 * and also errors we do not know) is waited out, because giving up a record is the one mistake that cannot
 * be taken back.
 */
public final class DatabaseErrors {
  private DatabaseErrors() {}

  /** True when the failure is caused by the data written, not by the database's state. */
  public static boolean isRefusedData(SQLException e) {
    for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
      String state = cause.getSQLState();
      if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
        return true;
      }
    }
    return false;
  }

  /** A short description for dead-letter headers and logs: the SQLSTATE and the server's message. */
  public static String describe(SQLException e) {
    SQLException detail = e;
    if (e instanceof BatchUpdateException && e.getNextException() != null) {
      detail = e.getNextException();
    }
    String message = detail.getMessage() == null ? detail.getClass().getSimpleName() : detail.getMessage();
    return "SQLSTATE " + detail.getSQLState() + ": " + message.lines().findFirst().orElse(message);
  }
}
