package org.geokg.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Reads a date only as the string {@code YYYY-MM-DD} with a four-digit year. Jackson's own
 * LocalDate reader also takes epoch-day numbers, date-times and six-digit years, which would let
 * a typo become a date thousands of years away.
 */
final class StrictDateDeserializer extends StdScalarDeserializer<LocalDate> {
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    StrictDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        String s = p.getText();
        if (!ISO_DATE.matcher(s).matches()) {
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, s, "expected YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, s, "not a calendar date");
        }
    }
}
