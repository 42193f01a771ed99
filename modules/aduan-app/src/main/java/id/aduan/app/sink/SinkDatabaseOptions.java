package id.aduan.app.sink;

import id.aduan.sink.SinkSettings;
import picocli.CommandLine.Option;

/** Where the sink's PostgreSQL database is, shared by `serve sink` and `metrics`. */
public final class SinkDatabaseOptions {
  @Option(names = "--jdbc-url", paramLabel = "URL",
      defaultValue = "${env:ADUAN_SINK_JDBC_URL:-jdbc:postgresql://localhost:5432/aduan}",
      description = "JDBC URL of the PostgreSQL database (default: $ADUAN_SINK_JDBC_URL, else ${DEFAULT-VALUE}).")
  String jdbcUrl;

  @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:ADUAN_SINK_DB_USER:-aduan}",
      description = "Database user (default: $ADUAN_SINK_DB_USER, else ${DEFAULT-VALUE}).")
  String user;

  @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:ADUAN_SINK_DB_PASSWORD}",
      description = "Database password (default: $ADUAN_SINK_DB_PASSWORD; prefer the variable, since options "
          + "show in process lists). Never printed or logged.")
  String password;

  /** The settings of these options, with the default pool and backoff. */
  public SinkSettings settings() {
    return SinkSettings.of(jdbcUrl, user, password == null || password.isEmpty() ? null : password);
  }
}
