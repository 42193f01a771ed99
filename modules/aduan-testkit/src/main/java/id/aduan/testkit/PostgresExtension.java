package id.aduan.testkit;

/** Gives tests the JVM's shared real {@link Postgres}. */
public final class PostgresExtension extends SharedResourceExtension<Postgres> {
  public PostgresExtension() {
    super(Postgres.class, Postgres::start);
  }
}
