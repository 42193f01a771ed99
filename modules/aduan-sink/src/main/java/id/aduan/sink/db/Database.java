package id.aduan.sink.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import id.aduan.sink.SinkSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.Driver;

/**
 * The sink's connection pool and schema. The schema is Flyway's versioned migrations under
 * {@code db/migration}, applied and checked at start: a database migrated by a newer sink, or whose applied
 * migrations were edited, is refused rather than written to.
 */
public final class Database implements AutoCloseable {
  /** How long one attempt waits for a connection before the sink counts the database as unavailable. */
  static final long CONNECTION_TIMEOUT_MS = 5_000;

  private final HikariDataSource pool;

  private Database(HikariDataSource pool) {
    this.pool = pool;
  }

  /**
   * A pool for the settings' database. The pool starts even when the database is down, so that the sink can
   * wait for it; {@link #migrate()} is what needs it.
   */
  public static Database open(SinkSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    if (settings.password() != null) {
      config.setPassword(settings.password());
    }
    config.setPoolName("aduan-sink");
    config.setMaximumPoolSize(settings.poolSize());
    config.setMinimumIdle(0);
    config.setAutoCommit(false);
    config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
    config.setValidationTimeout(2_000);
    // start without a database: failing fast here would turn a database restart into a sink restart
    config.setInitializationFailTimeout(-1);
    config.addDataSourceProperty("connectTimeout", "5");
    config.addDataSourceProperty("socketTimeout", "60");
    config.addDataSourceProperty("ApplicationName", "aduan-sink");
    // a refused row's values stay out of exception messages, hence out of logs and dead-letter headers
    config.addDataSourceProperty("logServerErrorDetail", "false");
    return new Database(new HikariDataSource(config));
  }

  /**
   * Why the settings' database cannot be reached, or null if a connection opens: checked before a role starts,
   * so that a wrong URL or password is said plainly instead of waited for.
   */
  public static String problem(SinkSettings settings) {
    Properties props = new Properties();
    props.setProperty("user", settings.user());
    if (settings.password() != null) {
      props.setProperty("password", settings.password());
    }
    props.setProperty("connectTimeout", "10");
    props.setProperty("logServerErrorDetail", "false");
    try (Connection ignored = new Driver().connect(settings.jdbcUrl(), props)) {
      return null;
    } catch (SQLException e) {
      return "cannot reach the database at " + settings.redactedUrl() + " as " + settings.user() + ": "
          + DatabaseErrors.describe(e);
    }
  }

  /** Applies the migrations the database lacks and validates those already applied. */
  public MigrateResult migrate() {
    return Flyway.configure()
        .dataSource(pool)
        .locations("classpath:db/migration")
        .validateMigrationNaming(true)
        .load()
        .migrate();
  }

  /** A pooled connection with auto-commit off. */
  public Connection connection() throws SQLException {
    return pool.getConnection();
  }

  public DataSource dataSource() {
    return pool;
  }

  /** Whether a connection can be had and answers within two seconds. */
  public boolean reachable() {
    try (Connection c = pool.getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
