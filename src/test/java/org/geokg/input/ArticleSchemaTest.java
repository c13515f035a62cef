package org.geokg.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.EntityType;
import org.geokg.model.Modality;
import org.geokg.model.Polarity;
import org.geokg.model.Position;
import org.geokg.model.PositionKind;
import org.geokg.model.Provenance;
import org.geokg.model.Role;
import org.geokg.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps {@code schema/article.schema.json} in step with {@link ArticleReader}: the examples
 * and good fixtures pass both, structural mistakes fail both, and the schema's field names and
 * enums are exactly those of the model records.
 */
class ArticleSchemaTest {
    private static final Path SCHEMA_FILE = Path.of("schema/article.schema.json");
    private static final ObjectMapper JSON = ArticleReader.mapper();
    private static final JsonNode SCHEMA_NODE = readTree(SCHEMA_FILE);
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SCHEMA_NODE, SchemaValidatorsConfig.builder()
                    // draft 2020-12 makes "format" an annotation; dates and URLs must be checked
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_POINTER)
                    .build());

    private static JsonNode readTree(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<ValidationMessage> validate(JsonNode doc) {
        return SCHEMA.validate(doc);
    }

    static Stream<Path> validFiles() throws IOException {
        try (Stream<Path> examples = Files.list(Path.of("examples"));
                Stream<Path> fixtures = Files.list(ArticleReaderTest.fixture("good-minimal.json").getParent())) {
            List<Path> files = Stream.concat(
                    examples.filter(p -> p.toString().endsWith(".json")),
                    fixtures.filter(p -> p.getFileName().toString().startsWith("good-"))).sorted().toList();
            assertThat(files).hasSizeGreaterThanOrEqualTo(4);
            return files.stream();
        }
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SchemaId.V202012));
        assertThat(meta.validate(SCHEMA_NODE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void examplesAndGoodFixturesPassTheSchemaAndTheReader(Path file) {
        assertThat(validate(readTree(file))).isEmpty();
        assertThatCode(() -> ArticleReader.read(file)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad-unknown-field.json | additionalProperties | ''                  | author
            bad-missing-field.json | required             | /entities/1         | name
            bad-unknown-kind.json  | enum                 | /positions/0/kind   | ''
            bad-unknown-type.json  | enum                 | /entities/1/type    | ''
            bad-wrong-type.json    | type                 | /positions/0/cue/start | ''
            bad-date.json          | format               | /published          | ''
            """)
    void structuralBadFixturesFailTheSchemaAtTheSamePlaceAsTheReader(String fixture, String keyword, String at,
            String property) {
        Set<ValidationMessage> errors = validate(readTree(ArticleReaderTest.fixture(fixture)));

        assertThat(errors).as(fixture).isNotEmpty().anySatisfy(m -> {
            assertThat(m.getType()).isEqualTo(keyword);
            assertThat(m.getInstanceLocation().toString()).isEqualTo(at);
            if (!property.isEmpty()) {
                assertThat(m.getProperty()).isEqualTo(property);
            }
        });
        assertThatThrownBy(() -> ArticleReader.read(ArticleReaderTest.fixture(fixture)))
                .isInstanceOf(InputException.class);
    }

    @Test
    void theCompleteExampleOfTheDocumentationPassesTheSchemaAndTheReader() throws IOException {
        String doc = Files.readString(Path.of("docs/ARTICLE_JSON.md"));
        int open = doc.indexOf("```json\n{\n  \"id\"");
        assertThat(open).as("the complete example in docs/ARTICLE_JSON.md").isNotNegative();
        int from = doc.indexOf('\n', open) + 1;
        byte[] example = doc.substring(from, doc.indexOf("```", from)).getBytes(StandardCharsets.UTF_8);

        assertThat(validate(JSON.readTree(example))).isEmpty();
        assertThat(ArticleReader.read(example, "docs/ARTICLE_JSON.md").positions()).hasSize(3);
    }

    /** Cross-references and offsets against the text are the reader's job; the schema cannot see them. */
    @ParameterizedTest
    @ValueSource(strings = {"bad-dangling-reference.json", "bad-duplicate-id.json", "bad-span-text.json"})
    void checksOnlyTheReaderMakesPassTheSchema(String fixture) {
        assertThat(validate(readTree(ArticleReaderTest.fixture(fixture)))).isEmpty();
        assertThatThrownBy(() -> ArticleReader.read(ArticleReaderTest.fixture(fixture)))
                .isInstanceOf(InputException.class);
    }

    /** One change to good-minimal.json: set the value at a pointer, or remove the field when value is null. */
    record Edit(String pointer, String value) {
        void apply(JsonNode root) {
            JsonPointer at = JsonPointer.compile(pointer);
            ContainerNode<?> parent = (ContainerNode<?>) root.at(at.head());
            String last = at.last().getMatchingProperty();
            JsonNode node = value == null ? null : parse(value);
            if (parent instanceof ObjectNode o) {
                if (node == null) {
                    o.remove(last);
                } else {
                    o.set(last, node);
                }
            } else {
                ((ArrayNode) parent).set(Integer.parseInt(last), node);
            }
        }

        private static JsonNode parse(String value) {
            try {
                return JSON.readTree(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Arguments both(boolean valid, Edit... edits) {
        String name = Arrays.stream(edits).map(e -> e.pointer() + (e.value() == null ? " removed" : " = " + e.value()))
                .collect(Collectors.joining(", "));
        return Arguments.of(name, valid, List.of(edits));
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                both(true, new Edit("/text", null)),
                both(true, new Edit("/positions/0/target", null)),
                both(true, new Edit("/entities/0/country", "\"XK\"")),
                both(true, new Edit("/entities/1/members", "[]")),
                both(true, new Edit("/entities/0/wikidata", "\"Q30\"")),
                both(true, new Edit("/language", "\"pt-BR\"")),
                both(true, new Edit("/url", "\"https://example.org/news/1\"")),
                both(true, new Edit("/positions/0/cue/confidence", "0.5")),
                both(true, new Edit("/provenance", "{\"producer\": \"geokg-extractor\", \"version\": \"0.1.0\"}")),
                both(false, new Edit("/text", null), new Edit("/positions/0/cue/text", null)),
                both(false, new Edit("/positions/0/target", null), new Edit("/positions/0/topic", "\" \"")),
                both(false, new Edit("/positions/0/target", null), new Edit("/positions/0/topic", null)),
                both(false, new Edit("/positions/0/kind", "\"sanction\"")),
                both(false, new Edit("/positions/0/polarity", "\"NEGATIVE\"")),
                both(false, new Edit("/positions/0/modality", "\"possible\"")),
                both(false, new Edit("/positions/0/quote", "\"yes\"")),
                both(false, new Edit("/positions/0/confidence", "2")),
                both(false, new Edit("/positions/0/cue/start", "-1")),
                both(false, new Edit("/positions/0/cue/confidence", "1.5")),
                both(false, new Edit("/positions/0/evidence/offset", "3")),
                both(false, new Edit("/entities/0/country", "\"UK\"")),
                both(false, new Edit("/entities/0/country", "\"us\"")),
                both(false, new Edit("/entities/0/wikidata", "\"Q0\"")),
                both(false, new Edit("/entities/0/aliases", "[\" \"]")),
                both(false, new Edit("/entities/1/members", "[\"ruritania\"]")),
                both(false, new Edit("/entities/1/type", "\"company\"")),
                both(false, new Edit("/entities/2/roles/0/title", "\"\"")),
                both(false, new Edit("/entities/2/roles/0/start", "\"2023-1-1\"")),
                both(false, new Edit("/entities/2/roles/0/organization", "\"not an id\"")),
                both(false, new Edit("/provenance", "{\"version\": \"1\"}")),
                both(false, new Edit("/provenance", "{\"producer\": \"x\", \"date\": \"2024-01-01\"}")),
                both(false, new Edit("/id", "\"-starts-with-a-dash\"")),
                both(false, new Edit("/title", "\"  \"")),
                both(false, new Edit("/language", "\"EN\"")),
                both(false, new Edit("/url", "\"ftp://example.org/a\"")),
                both(false, new Edit("/url", "\"https://example.org/a b\"")),
                both(false, new Edit("/published", "\"2023-02-29\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void schemaAndReaderAgreeOnEditedArticles(String name, boolean valid, List<Edit> edits) throws IOException {
        JsonNode doc = readTree(ArticleReaderTest.fixture("good-minimal.json"));
        edits.forEach(e -> e.apply(doc));
        byte[] bytes = JSON.writeValueAsBytes(doc);

        Set<ValidationMessage> errors = validate(doc);
        if (valid) {
            assertThat(errors).isEmpty();
            assertThatCode(() -> ArticleReader.read(bytes, name)).doesNotThrowAnyException();
        } else {
            assertThat(errors).isNotEmpty();
            assertThatThrownBy(() -> ArticleReader.read(bytes, name)).isInstanceOf(InputException.class);
        }
    }

    @Test
    void anArticleAsTheExtractorWritesItPassesTheSchemaAndReadsBack() throws IOException {
        String text = "Ruritania and Osterlich will ban Freedonian cheese, Trade Minister Anna Varga said: "
                + "\"Our shops deserve better.\"";
        Span ruritania = at(text, "Ruritania", 0.9);
        Span osterlich = at(text, "Osterlich", 0.85);
        Span freedonia = at(text, "Freedonian", 0.7);
        Span varga = at(text, "Anna Varga", 0.95);
        List<Entity> entities = List.of(
                new Entity("e1", "Ruritania", EntityType.Government, List.of(), null, "XK", List.of(), List.of(),
                        List.of(ruritania)),
                new Entity("e2", "Osterlich", EntityType.Government, List.of(), null, null, List.of(), List.of(),
                        List.of(osterlich)),
                new Entity("e3", "Freedonia", EntityType.Country, List.of("Freedonian"), "Q1350402", null, List.of(),
                        List.of(), List.of(freedonia)),
                new Entity("e4", "Anna Varga", EntityType.Person, List.of(), null, null,
                        List.of(new Role("Trade Minister", "e1", LocalDate.of(2023, 1, 1), null)), List.of(),
                        List.of(varga)),
                new Entity("e5", "Ruritania and Osterlich", EntityType.Group, List.of(), null, null, List.of(),
                        List.of("e1", "e2"), List.of(at(text, "Ruritania and Osterlich", 0.6))));
        Position sanction = new Position("e1", "e4", PositionKind.SANCTION, "e3", "cheese imports", Polarity.NEGATIVE,
                Modality.INTENDED, false, LocalDate.of(2024, 3, 1), 0.72,
                at(text, "Ruritania and Osterlich will ban Freedonian cheese", 0.72), at(text, "ban", 0.8),
                at(text, "Trade Minister Anna Varga", 0.9), at(text, "will ban Freedonian cheese", 0.7));
        Position quoted = new Position("e4", null, PositionKind.STATE, null, "cheese in shops", Polarity.NEUTRAL, null,
                true, null, 0.55, at(text, "\"Our shops deserve better.\"", 0.55), null, null, null);
        Article article = new Article("extracted-cheese", "https://example.org/cheese", "Cheese ban", "Test Wire",
                LocalDate.of(2024, 3, 1), "en", text, new Provenance("geokg-extractor", "0.1.0"), entities,
                List.of(sanction, quoted));

        byte[] json = JSON.writeValueAsBytes(article);

        assertThat(validate(JSON.readTree(json))).isEmpty();
        assertThat(ArticleReader.read(json, "extracted")).isEqualTo(article);
    }

    private static Span at(String text, String phrase, double confidence) {
        int start = text.indexOf(phrase);
        assertThat(start).as(phrase).isNotNegative();
        return new Span(start, start + phrase.length(), phrase, confidence);
    }

    @Test
    void everyRecordComponentIsAPropertyOfTheSchemaAndNothingElse() {
        JsonNode defs = SCHEMA_NODE.get("$defs");
        assertThat(propertyNames(SCHEMA_NODE)).isEqualTo(components(Article.class));
        assertThat(propertyNames(defs.get("entity"))).isEqualTo(components(Entity.class));
        assertThat(propertyNames(defs.get("position"))).isEqualTo(components(Position.class));
        assertThat(propertyNames(defs.get("span"))).isEqualTo(components(Span.class));
        assertThat(propertyNames(defs.get("role"))).isEqualTo(components(Role.class));
        assertThat(propertyNames(defs.get("provenance"))).isEqualTo(components(Provenance.class));
        for (JsonNode closed : List.of(SCHEMA_NODE, defs.get("entity"), defs.get("position"), defs.get("span"),
                defs.get("role"), defs.get("provenance"))) {
            assertThat(closed.get("additionalProperties").asBoolean(true)).isFalse();
        }
    }

    @Test
    void enumsAreTheModelsJsonNames() throws IOException {
        JsonNode defs = SCHEMA_NODE.get("$defs");
        assertThat(strings(defs.at("/entity/properties/type/enum"))).isEqualTo(jsonNames(EntityType.values()));
        assertThat(strings(defs.at("/position/properties/kind/enum"))).isEqualTo(jsonNames(PositionKind.values()));
        assertThat(strings(defs.at("/position/properties/polarity/enum"))).isEqualTo(jsonNames(Polarity.values()));
        assertThat(strings(defs.at("/position/properties/modality/enum"))).isEqualTo(jsonNames(Modality.values()));
    }

    @Test
    void countryCodesAreThoseTheReaderAccepts() {
        Set<String> accepted = new TreeSet<>(Set.of(Locale.getISOCountries()));
        accepted.add("XK");
        assertThat(new TreeSet<>(strings(SCHEMA_NODE.at("/$defs/entity/properties/country/enum")))).isEqualTo(accepted);
    }

    @Test
    void everyPropertyIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(SCHEMA_NODE, "", undescribed);
        assertThat(undescribed).isEmpty();
    }

    private static void collectUndescribed(JsonNode schema, String at, List<String> undescribed) {
        JsonNode props = schema.get("properties");
        if (props != null && schema.has("type")) {
            props.fields().forEachRemaining(f -> {
                if (!f.getValue().has("description")) {
                    undescribed.add(at + "/" + f.getKey());
                }
            });
        }
        JsonNode defs = schema.get("$defs");
        if (defs != null) {
            defs.fields().forEachRemaining(f -> collectUndescribed(f.getValue(), "#/$defs/" + f.getKey(), undescribed));
        }
    }

    private static Set<String> propertyNames(JsonNode objectSchema) {
        Set<String> names = new TreeSet<>();
        objectSchema.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> strings(JsonNode array) {
        assertThat(array.isArray()).isTrue();
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static List<String> jsonNames(Enum<?>[] values) throws IOException {
        List<String> names = new ArrayList<>();
        for (Enum<?> v : values) {
            names.add(JSON.readTree(JSON.writeValueAsBytes(v)).asText());
        }
        return names;
    }
}
