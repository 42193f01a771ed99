package id.aduan.events.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.Unit;
import id.aduan.events.SampleRecords;
import id.aduan.events.registry.MockSchemaRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TopicCatalogueTest {
  private static final String SCOPE = "catalogue";

  @AfterEach
  void drop() {
    MockSchemaRegistry.dropScope(SCOPE);
  }

  @Test
  void everyTopicCarriesThePrefixAndNamesAreUnique() {
    TopicCatalogue catalogue = catalogue(Map.of("aduan.topic.prefix", "dishub-sumsel."));
    List<String> names = catalogue.all().stream().map(Topic::name).toList();
    assertTrue(names.stream().allMatch(n -> n.startsWith("dishub-sumsel.")), names.toString());
    assertEquals(names.size(), Set.copyOf(names).size(), "duplicate names in " + names);
    assertEquals("dishub-sumsel.complaints.received", catalogue.complaintsReceived().name());
  }

  @Test
  void defaultsFollowTheDesign() {
    TopicCatalogue catalogue = catalogue(Map.of());
    assertEquals("aduan.config.routing-rules", catalogue.routingRules().name());
    assertEquals(1, catalogue.routingRules().partitions());
    assertTrue(catalogue.routingRules().compacted());
    assertTrue(catalogue.caseState().compacted());
    assertFalse(catalogue.complaintsRouted().compacted());
    assertEquals(TopicCatalogue.DEFAULT_PARTITIONS, catalogue.complaintsReceived().partitions());
    assertEquals(Map.of("cleanup.policy", "compact"), catalogue.units().configs());
    assertTrue(catalogue.complaintsDlq().valueSchema().isEmpty());
    Set<String> compacted =
        catalogue.all().stream().filter(Topic::compacted).map(Topic::name).collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "aduan.complaints.reporters", "aduan.cases.state", "aduan.metrics.units", "aduan.config.units",
            "aduan.config.routing-rules", "aduan.config.models",
            "aduan.training.labels"),
        compacted);
  }

  @Test
  void unitTopicsAreDerivedAndCheckedForLegalNames() {
    TopicCatalogue catalogue = catalogue(Map.of());
    Topic<String, ?> lalin = catalogue.unit("lalin");
    assertEquals("aduan.unit.lalin", lalin.name());
    assertEquals(catalogue.complaintsRouted().valueSchema(), lalin.valueSchema());
    assertThrows(IllegalArgumentException.class, () -> catalogue.unit("dinas perhubungan"));
    assertThrows(IllegalArgumentException.class, () -> catalogue.unit("a.b"));
    assertThrows(IllegalArgumentException.class, () -> catalogue.unit(""));
  }

  @Test
  void serdesOfOneCatalogueShareTheRegistry() {
    TopicCatalogue catalogue = catalogue(Map.of());
    Topic<String, Unit> units = catalogue.units();
    Unit unit = new SampleRecords(1).sample(Unit.class);
    byte[] bytes = units.valueSerde().serializer().serialize(units.name(), unit);
    assertEquals(unit, units.valueSerde().deserializer().deserialize(units.name(), bytes));
    assertEquals(List.of(units.valueSubject()), catalogue.registry().subjects());
  }

  private static TopicCatalogue catalogue(Map<String, String> extra) {
    var props = new java.util.HashMap<String, Object>(extra);
    props.put("schema.registry.url", "mock://" + SCOPE);
    return TopicCatalogue.from(props);
  }
}
