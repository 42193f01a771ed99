package id.aduan.events.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockSchemaRegistryTest {
  private static final Schema V1 = parse("[{\"name\":\"a\",\"type\":\"string\"}]");
  private static final Schema V2_OPTIONAL_FIELD =
      parse("[{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":[\"null\",\"int\"],\"default\":null}]");
  private static final Schema V2_REQUIRED_FIELD =
      parse("[{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":\"int\"}]");

  @AfterEach
  void drop() {
    MockSchemaRegistry.dropScope("a");
    MockSchemaRegistry.dropScope("b");
  }

  @Test
  void scopesAreSharedByNameAndIsolatedFromEachOther() {
    MockSchemaRegistry.forScope("a").register("s", V1);
    assertEquals(List.of("s"), MockSchemaRegistry.forScope("a").subjects());
    assertEquals(List.of(), MockSchemaRegistry.forScope("b").subjects());
  }

  @Test
  void sameSchemaGetsTheSameIdAcrossSubjects() {
    MockSchemaRegistry registry = MockSchemaRegistry.forScope("a");
    int id = registry.register("one", V1);
    assertEquals(id, registry.register("two", V1));
    assertEquals(id, registry.register("one", V1));
    assertEquals(List.of(1), registry.versions("one"));
    assertEquals(V1, registry.schemaById(id));
  }

  @Test
  void backwardIsTheDefaultAndRefusesANewRequiredField() {
    MockSchemaRegistry registry = MockSchemaRegistry.forScope("a");
    registry.register("s", V1);
    assertEquals(CompatibilityLevel.BACKWARD, registry.compatibility("s"));
    CompatibilityResult verdict = registry.checkCompatibility("s", V2_REQUIRED_FIELD);
    assertFalse(verdict.compatible());
    assertTrue(verdict.messages().get(0).contains("READER_FIELD_MISSING_DEFAULT_VALUE"), verdict.messages().toString());
    var refused = assertThrows(SchemaRegistryException.class, () -> registry.register("s", V2_REQUIRED_FIELD));
    assertEquals(SchemaRegistryException.INCOMPATIBLE_SCHEMA, refused.errorCode());

    int v2 = registry.register("s", V2_OPTIONAL_FIELD);
    assertNotEquals(registry.idOf("s", V1), v2);
    assertEquals(2, registry.latest("s").version());
  }

  @Test
  void levelNoneAcceptsAnything() {
    MockSchemaRegistry registry = MockSchemaRegistry.forScope("a");
    registry.register("s", V1);
    registry.setCompatibility("s", CompatibilityLevel.NONE);
    registry.register("s", V2_REQUIRED_FIELD);
    assertEquals(List.of(1, 2), registry.versions("s"));
  }

  @Test
  void missingThingsAreNotFoundWithTheirCodes() {
    MockSchemaRegistry registry = MockSchemaRegistry.forScope("a");
    assertEquals(
        SchemaRegistryException.SUBJECT_NOT_FOUND,
        assertThrows(SchemaRegistryException.class, () -> registry.latest("nope")).errorCode());
    assertEquals(
        SchemaRegistryException.SCHEMA_NOT_FOUND,
        assertThrows(SchemaRegistryException.class, () -> registry.schemaById(999)).errorCode());
  }

  private static Schema parse(String fields) {
    return new Schema.Parser().parse("{\"type\":\"record\",\"name\":\"R\",\"fields\":" + fields + "}");
  }
}
