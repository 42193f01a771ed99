package id.aduan.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server (zonky's embedded binaries, version 17) on a free port. Tests isolate
 * themselves with {@link #createDatabase}, each getting an empty database of its own.
 */
public final class Postgres implements AutoCloseable {
  private final EmbeddedPostgres server;

  private Postgres(EmbeddedPostgres server) {
    this.server = server;
  }

  public static Postgres start() {
    try {
      return new Postgres(EmbeddedPostgres.builder().start());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
    }
  }

  /**
   * A server whose data directory is {@code directory}: initialised on first use, reused as it is afterwards
   * (databases and tables survive a restart), and kept at close.
   */
  public static Postgres startIn(Path directory) {
    try {
      return new Postgres(EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).start());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start embedded PostgreSQL in " + directory, e);
    }
  }

  public int port() {
    return server.getPort();
  }

  /** A JDBC URL for the given database, user {@code postgres}. */
  public String jdbcUrl(String database) {
    return server.getJdbcUrl("postgres", database);
  }

  /** A data source for the default {@code postgres} database. */
  public DataSource dataSource() {
    return server.getPostgresDatabase();
  }

  /** Creates an empty database with a unique name and returns a data source for it. */
  public DataSource createDatabase(String prefix) {
    String name = KafkaCluster.uniqueName(prefix).toLowerCase().replaceAll("[^a-z0-9_]", "_");
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + name, e);
    }
    return server.getDatabase("postgres", name);
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
