package id.aduan.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@WithPostgres
class PostgresTest {

  @Test
  void runsARealPostgres17(Postgres postgres) throws Exception {
    try (Connection connection = postgres.dataSource().getConnection();
        ResultSet rs = connection.createStatement().executeQuery("SHOW server_version_num")) {
      rs.next();
      assertEquals(17, rs.getInt(1) / 10000);
    }
  }

  @Test
  void databasesAreIsolatedFromEachOther(Postgres postgres) throws Exception {
    DataSource first = postgres.createDatabase("first");
    DataSource second = postgres.createDatabase("second");
    try (Connection a = first.getConnection(); Connection b = second.getConnection()) {
      a.createStatement().execute("CREATE TABLE cases (id text primary key)");
      a.createStatement().execute("INSERT INTO cases VALUES ('c-1')");
      try (ResultSet rs = a.createStatement().executeQuery("SELECT count(*) FROM cases")) {
        assertTrue(rs.next());
        assertEquals(1, rs.getInt(1));
      }
      assertThrows(SQLException.class, () -> b.createStatement().executeQuery("SELECT * FROM cases"));
    }
  }
}
