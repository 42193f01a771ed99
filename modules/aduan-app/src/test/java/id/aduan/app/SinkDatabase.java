package id.aduan.app;

import id.aduan.testkit.KafkaCluster;
import id.aduan.testkit.Postgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** An empty database of one test on the shared PostgreSQL, and the queries tests ask of it. */
final class SinkDatabase {
  static final Duration WAIT = Duration.ofSeconds(90);

  final String name;
  final String jdbcUrl;

  SinkDatabase(Postgres postgres) {
    this.name = KafkaCluster.uniqueName("sink").toLowerCase().replaceAll("[^a-z0-9_]", "_");
    try (Connection c = postgres.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    this.jdbcUrl = postgres.jdbcUrl(name);
  }

  List<Map<String, Object>> rows(String sql) {
    try (Connection c = DriverManager.getConnection(jdbcUrl);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<Map<String, Object>> rows = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i), rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  long count(String sql) {
    Object value = rows(sql).get(0).values().iterator().next();
    return value == null ? 0 : ((Number) value).longValue();
  }

  /** Polls until the query's single number reaches {@code atLeast}; fails naming what it waited for. */
  long awaitCount(String what, String sql, long atLeast) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    long last = -1;
    while (System.nanoTime() < deadline) {
      try {
        last = count(sql);
        if (last >= atLeast) {
          return last;
        }
      } catch (IllegalStateException notYet) {
        // tables appear when the sink has migrated the database
      }
      sleep();
    }
    throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + ": " + last + " of " + atLeast);
  }

  List<Map<String, Object>> await(String what, String sql, Predicate<List<Map<String, Object>>> done) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    List<Map<String, Object>> rows = List.of();
    while (System.nanoTime() < deadline) {
      rows = rows(sql);
      if (done.test(rows)) {
        return rows;
      }
      sleep();
    }
    throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + "; last " + rows);
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
