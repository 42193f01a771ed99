package id.aduan.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.sink.db.DatabaseErrors;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SinkSettingsTest {
  @Test
  void thePasswordIsNeverPrinted() {
    SinkSettings settings = SinkSettings.of("jdbc:postgresql://db:5432/aduan?user=aduan&password=url-secret", "aduan",
        "option-secret");
    assertFalse(settings.toString().contains("url-secret") || settings.toString().contains("option-secret"),
        settings.toString());
    assertEquals("jdbc:postgresql://db:5432/aduan?user=aduan&password=[hidden]", settings.redactedUrl());
  }

  @Test
  void onlyPostgresqlUrlsAreAccepted() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SinkSettings.of("jdbc:mysql://db/aduan", "aduan", null));
    assertTrue(e.getMessage().contains("must start with jdbc:postgresql:"), e.getMessage());
  }

  @Test
  void onlyDataAndConstraintErrorsAreTheRecordsFault() {
    assertTrue(DatabaseErrors.isRefusedData(new SQLException("check", "23514")));
    assertTrue(DatabaseErrors.isRefusedData(new SQLException("bad date", "22007")));
    assertFalse(DatabaseErrors.isRefusedData(new SQLException("connection refused", "08001")));
    assertFalse(DatabaseErrors.isRefusedData(new SQLException("shutting down", "57P01")));
    assertFalse(DatabaseErrors.isRefusedData(new SQLException("no state")));
    BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT … VALUES ('secret') was aborted", "23505", new int[0]);
    batch.setNextException(new SQLException("ERROR: duplicate key value violates unique constraint \"x\"\n  Detail: …", "23505"));
    assertTrue(DatabaseErrors.isRefusedData(batch));
    assertEquals("SQLSTATE 23505: ERROR: duplicate key value violates unique constraint \"x\"", DatabaseErrors.describe(batch));
  }
}
