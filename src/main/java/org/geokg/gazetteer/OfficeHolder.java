package org.geokg.gazetteer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One person's tenure in one office (head of state or government, foreign minister), from the
 * earliest start to the latest end the sources give. {@code wikidata} is the person's Q-id, or
 * empty for historical rows without one. Where a source gives only a year, {@code start} is
 * 1 January and {@code end} 31 December of that year; {@code end} is null while in office (or
 * when the source does not say).
 */
public record OfficeHolder(
        String name, String wikidata, String countryIso2, String office, LocalDate start, LocalDate end) {

    public OfficeHolder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(office, "office");
    }

    /** Whether the tenure includes {@code date}, open ends counting as unbounded. */
    public boolean heldOn(LocalDate date) {
        return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }
}
