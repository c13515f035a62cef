package org.geokg.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.geokg.model.Article;

/**
 * Reads Article JSON into an {@link Article}, checking it fully before anything is loaded.
 * Every problem becomes an {@link InputException} naming the file, the JSON pointer, the
 * line:column and what was expected.
 *
 * <pre>{@code
 * Article a = ArticleReader.read(Path.of("examples/huawei-no-spy-2019.json"));
 * }</pre>
 */
public final class ArticleReader {
    /** Larger files are refused before parsing: no curated article comes near this. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Deeper JSON is refused: an article needs five levels, and deep nesting costs stack. */
    public static final int MAX_NESTING = 64;
    /** Longer strings are refused; the text of one article is far below this. */
    public static final int MAX_STRING = 16 * 1024 * 1024;

    private static final ObjectMapper MAPPER = configure(JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(32)
                    .maxNameLength(1000)
                    .build())
            .build())
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new StrictDateDeserializer()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            // written dates must be YYYY-MM-DD as the format says, not Jackson's default [y, m, d] arrays
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build());

    /** No silent coercion: 12 is not the string "12", "" is not a missing value, "true" is not a boolean. */
    private static ObjectMapper configure(ObjectMapper m) {
        m.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert);
        // 1 is a number as much as 1.0 is
        m.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        m.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        m.coercionConfigFor(LogicalType.DateTime).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        return m;
    }

    private ArticleReader() {
    }

    /** The mapper that binds Article JSON; also used to write it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static Article read(Path file) {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputException(name, "", 0, 0,
                        "file is " + size + " bytes; article files over " + MAX_BYTES + " bytes are refused");
            }
            return read(Files.readAllBytes(file), name);
        } catch (IOException e) {
            throw new InputException(name, "", 0, 0, "cannot read file: " + e.getMessage());
        }
    }

    public static Article read(InputStream in, String sourceName) {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InputException(sourceName, "", 0, 0, "input is over " + MAX_BYTES + " bytes");
            }
            return read(bytes, sourceName);
        } catch (IOException e) {
            throw new InputException(sourceName, "", 0, 0, "cannot read input: " + e.getMessage());
        }
    }

    public static Article read(byte[] json, String sourceName) {
        Article article = bind(json, sourceName);
        new ArticleChecker(sourceName, JsonLocations.of(json)).check(article);
        return article;
    }

    private static Article bind(byte[] json, String sourceName) {
        if (json.length == 0) {
            throw new InputException(sourceName, "", 0, 0, "the file is empty; expected a JSON object describing an article");
        }
        checkUtf8(json, sourceName);
        try {
            Article a = MAPPER.readValue(json, Article.class);
            if (a == null) {
                throw new InputException(sourceName, "", 1, 1, "expected a JSON object describing an article, found null");
            }
            return a;
        } catch (JsonMappingException e) {
            throw fromMapping(e, sourceName, json);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new InputException(sourceName, "", line(loc), column(loc), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(sourceName, "", 0, 0, "cannot read input: " + e.getMessage());
        }
    }

    /** Jackson lets some malformed sequences (overlong forms, surrogates) through; the format is UTF-8. */
    private static void checkUtf8(byte[] json, String sourceName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(json);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                throw new InputException(sourceName, "", 0, 0, "not UTF-8: invalid byte sequence at byte " + in.position());
            }
            if (r.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    private static InputException fromMapping(JsonMappingException e, String sourceName, byte[] json) {
        String pointer = pointer(e);
        JsonLocation loc = e.getLocation();
        if (String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
            return new InputException(sourceName, "", line(loc), column(loc), "not valid JSON: the file ends too early");
        }
        if (e.getCause() instanceof StreamConstraintsException limit) {
            return new InputException(sourceName, "", line(loc), column(loc), "refused: " + firstLine(limit.getOriginalMessage()));
        }
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException syntax) {
            JsonLocation at = syntax.getLocation();
            return new InputException(sourceName, "", line(at), column(at), "not valid JSON: " + syntax.getOriginalMessage());
        }
        // Binding records buffers values, so Jackson's own location is often the end of the
        // enclosing object; the value's own place is looked up by its pointer instead.
        JsonLocation exact = locate(json, pointer);
        if (exact != null) {
            loc = exact;
        }
        String problem;
        if (e instanceof UnrecognizedPropertyException u) {
            problem = "unknown field \"" + u.getPropertyName() + "\"; expected one of "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
        } else if (e instanceof InvalidFormatException f) {
            problem = invalidValue(f);
        } else if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause();
            problem = cause instanceof IllegalArgumentException ? cause.getMessage() : v.getOriginalMessage();
        } else if (e instanceof MismatchedInputException m && m.getOriginalMessage().startsWith("Missing required creator property")) {
            String field = between(m.getOriginalMessage(), "'", "'");
            problem = "missing required field \"" + field + "\"";
        } else if (e instanceof MismatchedInputException m) {
            problem = "wrong type of value" + (m.getTargetType() != null ? "; expected " + describe(m.getTargetType()) : "")
                    + " (" + firstLine(m.getOriginalMessage()) + ")";
        } else if (e.getCause() instanceof DateTimeParseException d) {
            problem = "bad date \"" + d.getParsedString() + "\"; expected YYYY-MM-DD";
        } else {
            problem = firstLine(e.getOriginalMessage());
        }
        return new InputException(sourceName, pointer, line(loc), column(loc), problem);
    }

    private static String invalidValue(InvalidFormatException f) {
        Class<?> target = f.getTargetType();
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(ArticleReader::jsonName)
                    .collect(Collectors.joining(", "));
            String what = target.getSimpleName().equals("PositionKind") ? "kind"
                    : target.getSimpleName().equals("EntityType") ? "entity type"
                    : target.getSimpleName().toLowerCase(java.util.Locale.ROOT);
            return "unknown " + what + " \"" + f.getValue() + "\"; expected one of " + allowed;
        }
        if (target != null && target.getSimpleName().equals("LocalDate")) {
            return "bad date \"" + f.getValue() + "\"; expected a calendar date as YYYY-MM-DD";
        }
        return "bad value \"" + f.getValue() + "\"; expected " + describe(target);
    }

    private static String jsonName(Object enumConstant) {
        try {
            return MAPPER.writeValueAsString(enumConstant).replace("\"", "");
        } catch (JsonProcessingException e) {
            return enumConstant.toString();
        }
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type == LocalDate.class) {
            return "a date as YYYY-MM-DD";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == int.class || type == Integer.class) {
            return "an integer";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.getPackageName().equals("org.geokg.model")) {
            return "an object (" + type.getSimpleName() + ")";
        }
        return type.getSimpleName();
    }

    private static JsonLocation locate(byte[] json, String pointer) {
        try {
            return JsonLocations.of(json).find(pointer);
        } catch (IllegalStateException notJson) {
            return null;
        }
    }

    static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            sb.append('/');
            if (ref.getFieldName() != null) {
                sb.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else {
                sb.append(ref.getIndex());
            }
        }
        return sb.toString();
    }

    static int line(JsonLocation loc) {
        return loc == null ? 0 : loc.getLineNr();
    }

    static int column(JsonLocation loc) {
        return loc == null ? 0 : loc.getColumnNr();
    }

    private static String between(String s, String open, String close) {
        int a = s.indexOf(open);
        int b = a < 0 ? -1 : s.indexOf(close, a + 1);
        return a < 0 || b < 0 ? s : s.substring(a + 1, b);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid input";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

}
