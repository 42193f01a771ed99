package id.aduan.testkit;

/** Gives tests the JVM's shared real {@link SchemaRegistry}. */
public final class SchemaRegistryExtension extends SharedResourceExtension<SchemaRegistry> {
  public SchemaRegistryExtension() {
    super(SchemaRegistry.class, SchemaRegistry::start);
  }
}
