package org.geokg.extract;

import java.time.LocalDate;

/**
 * An article as read from a file, before extraction: its text and whatever metadata the file
 * gave (title, publisher, date, url). Only {@code id} and {@code text} are required.
 */
public record RawArticle(String id, String title, String publisher, LocalDate published, String url,
        String language, String text) {

    public RawArticle {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a raw article needs an id");
        }
        if (text == null) {
            throw new IllegalArgumentException("raw article " + id + " has no text");
        }
        if (language == null || language.isBlank()) {
            language = "en";
        }
    }
}
