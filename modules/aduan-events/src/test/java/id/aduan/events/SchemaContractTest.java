package id.aduan.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.aduan.event.Attachment;
import id.aduan.event.CaseEscalated;
import id.aduan.event.CaseState;
import id.aduan.event.CaseStatus;
import id.aduan.event.CaseUpdate;
import id.aduan.event.CategoryScore;
import id.aduan.event.Channel;
import id.aduan.event.ComplaintClassified;
import id.aduan.event.ComplaintReceived;
import id.aduan.event.ComplaintRouted;
import id.aduan.event.ContactType;
import id.aduan.event.LabelledExample;
import id.aduan.event.Location;
import id.aduan.event.ModelVersion;
import id.aduan.event.PiiType;
import id.aduan.event.Reporter;
import id.aduan.event.ResolutionMetrics;
import id.aduan.event.RoutingRule;
import id.aduan.event.Sentiment;
import id.aduan.event.SkmScores;
import id.aduan.event.SurveyResponse;
import id.aduan.event.Unit;
import id.aduan.event.UnitMetrics;
import id.aduan.event.Urgency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.avro.JsonProperties;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the rules every public event contract in {@code schemas/} follows, checked on the schemas the
 * generated classes carry (what producers actually register), so a careless edit of an .avsc fails the
 * build rather than a consumer in production.
 */
class SchemaContractTest {

    /** Top-level records, one per file in schemas/. */
    private static final List<Schema> RECORDS = List.of(
            ComplaintReceived.getClassSchema(),
            ComplaintClassified.getClassSchema(),
            ComplaintRouted.getClassSchema(),
            CaseUpdate.getClassSchema(),
            CaseState.getClassSchema(),
            CaseEscalated.getClassSchema(),
            SurveyResponse.getClassSchema(),
            RoutingRule.getClassSchema(),
            Unit.getClassSchema(),
            ModelVersion.getClassSchema(),
            ResolutionMetrics.getClassSchema(),
            UnitMetrics.getClassSchema(),
            LabelledExample.getClassSchema());

    /** Shared types, one per file in schemas/common/. */
    private static final List<Schema> COMMON = List.of(
            Channel.getClassSchema(),
            ContactType.getClassSchema(),
            Reporter.getClassSchema(),
            Location.getClassSchema(),
            Attachment.getClassSchema(),
            CategoryScore.getClassSchema(),
            SkmScores.getClassSchema(),
            PiiType.getClassSchema(),
            Urgency.getClassSchema(),
            Sentiment.getClassSchema(),
            CaseStatus.getClassSchema());

    /** Events about one complaint or case: they must carry complaintId and the event time. */
    private static final Set<String> COMPLAINT_EVENTS = Set.of(
            "ComplaintReceived", "ComplaintClassified", "ComplaintRouted", "CaseUpdate", "CaseState",
            "CaseEscalated", "SurveyResponse", "ResolutionMetrics");

    /** The only types allowed to hold a citizen's raw contact details. */
    private static final Set<String> MAY_HOLD_CONTACT = Set.of("ComplaintReceived", "Reporter");

    private static final Set<String> FORBIDDEN_FIELD_NAMES = Set.of("contact", "nik", "phone", "email");

    private static final String NAMESPACE = "id.aduan.event";

    static Stream<Named<Schema>> allSchemas() {
        return Stream.concat(RECORDS.stream(), COMMON.stream()).map(s -> Named.of(s.getName(), s));
    }

    static Stream<Named<Schema>> complaintEvents() {
        return RECORDS.stream().filter(s -> COMPLAINT_EVENTS.contains(s.getName()))
                .map(s -> Named.of(s.getName(), s));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSchemas")
    void everyRecordAndFieldIsDocumented(Schema root) {
        List<String> problems = new ArrayList<>();
        for (Schema named : namedTypes(root)) {
            if (isBlank(named.getDoc())) {
                problems.add(named.getFullName() + " has no doc");
            }
            if (named.getType() == Schema.Type.RECORD) {
                for (Schema.Field field : named.getFields()) {
                    if (isBlank(field.doc())) {
                        problems.add(named.getName() + "." + field.name() + " has no doc");
                    }
                }
            }
        }
        assertNoProblems(root, problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSchemas")
    void optionalFieldsAreNullFirstAndDefaultToNull(Schema root) {
        List<String> problems = new ArrayList<>();
        for (Schema.Field field : fields(root)) {
            Schema type = field.schema();
            if (type.getType() != Schema.Type.UNION || !type.isNullable()) {
                continue;
            }
            if (type.getTypes().get(0).getType() != Schema.Type.NULL) {
                problems.add(field.name() + ": null is not the first branch of " + type);
            }
            if (!field.hasDefaultValue() || field.defaultVal() != JsonProperties.NULL_VALUE) {
                problems.add(field.name() + ": default is " + field.defaultVal() + ", not null");
            }
        }
        assertNoProblems(root, problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSchemas")
    void collectionsDefaultToEmptyAndBooleansToFalse(Schema root) {
        List<String> problems = new ArrayList<>();
        for (Schema.Field field : fields(root)) {
            Object def = field.hasDefaultValue() ? field.defaultVal() : null;
            switch (field.schema().getType()) {
                case ARRAY -> {
                    if (!(def instanceof Collection<?> c && c.isEmpty())) {
                        problems.add(field.name() + ": array default is " + def + ", not []");
                    }
                }
                case MAP -> {
                    if (!(def instanceof Map<?, ?> m && m.isEmpty())) {
                        problems.add(field.name() + ": map default is " + def + ", not {}");
                    }
                }
                case BOOLEAN -> {
                    if (!Boolean.FALSE.equals(def)) {
                        problems.add(field.name() + ": boolean default is " + def + ", not false");
                    }
                }
                default -> { }
            }
        }
        assertNoProblems(root, problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSchemas")
    void everyEnumHasADefaultSymbol(Schema root) {
        List<String> problems = new ArrayList<>();
        for (Schema named : namedTypes(root)) {
            if (named.getType() == Schema.Type.ENUM
                    && (named.getEnumDefault() == null || !named.getEnumSymbols().contains(named.getEnumDefault()))) {
                problems.add(named.getFullName() + " has no default symbol");
            }
        }
        assertNoProblems(root, problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSchemas")
    void noRawContactOutsideTheRestrictedIntakeRecord(Schema root) {
        if (MAY_HOLD_CONTACT.contains(root.getName())) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (Schema named : namedTypes(root)) {
            if (named.getType() != Schema.Type.RECORD) {
                continue;
            }
            for (Schema.Field field : named.getFields()) {
                if (FORBIDDEN_FIELD_NAMES.contains(field.name().toLowerCase(Locale.ROOT))) {
                    problems.add(named.getName() + "." + field.name() + " may carry raw contact data");
                }
            }
        }
        assertNoProblems(root, problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSchemas")
    void namedTypesShareTheStableNamespaceAndNoFieldShadowsIt(Schema root) {
        List<String> problems = new ArrayList<>();
        for (Schema named : namedTypes(root)) {
            if (!NAMESPACE.equals(named.getNamespace())) {
                problems.add(named.getFullName() + " is outside " + NAMESPACE);
            }
        }
        // A field called "id" would shadow the package root "id" in the generated Java code.
        for (Schema.Field field : fields(root)) {
            if (field.name().equals("id")) {
                problems.add("field 'id' shadows the Java package id.aduan.event");
            }
        }
        assertNoProblems(root, problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("complaintEvents")
    void complaintEventsCarryIdAndEventTime(Schema root) {
        Schema.Field id = root.getField("complaintId");
        assertTrue(id != null && id.schema().getType() == Schema.Type.STRING, "complaintId must be a string");
        Schema.Field time = root.getField("eventTime");
        assertTrue(time != null && time.schema().getLogicalType() instanceof LogicalTypes.TimestampMillis,
                "eventTime must be a timestamp-millis");
    }

    /** Every .avsc file in schemas/ is covered above, so a new contract cannot escape these checks. */
    @Test
    void everySchemaFileIsChecked() throws IOException {
        Path schemas = Path.of("").toAbsolutePath().resolve("../../schemas").normalize();
        Set<String> files;
        try (Stream<Path> paths = Files.walk(schemas)) {
            files = paths.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".avsc"))
                    .map(n -> n.substring(0, n.length() - ".avsc".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> checked = allSchemas().map(n -> n.getPayload().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(!files.isEmpty(), "no schema files found under " + schemas);
        assertEquals(files, checked);
    }

    /** The root and every named type reachable from it, each once. */
    private static Collection<Schema> namedTypes(Schema root) {
        Map<String, Schema> seen = new LinkedHashMap<>();
        collect(root, seen);
        return seen.values();
    }

    private static void collect(Schema schema, Map<String, Schema> seen) {
        switch (schema.getType()) {
            case RECORD -> {
                if (seen.putIfAbsent(schema.getFullName(), schema) == null) {
                    schema.getFields().forEach(f -> collect(f.schema(), seen));
                }
            }
            case ENUM, FIXED -> seen.putIfAbsent(schema.getFullName(), schema);
            case ARRAY -> collect(schema.getElementType(), seen);
            case MAP -> collect(schema.getValueType(), seen);
            case UNION -> schema.getTypes().forEach(t -> collect(t, seen));
            default -> { }
        }
    }

    /** Fields of the root and of every record nested in it. */
    private static List<Schema.Field> fields(Schema root) {
        return namedTypes(root).stream()
                .filter(s -> s.getType() == Schema.Type.RECORD)
                .flatMap(s -> s.getFields().stream())
                .toList();
    }

    private static void assertNoProblems(Schema root, List<String> problems) {
        assertEquals(List.of(), problems, () -> "contract broken in schema " + root.getName());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
